package quebec.maillon.report;

/** What a breakdown groups the activities of the period by. */
public enum Dimension {
    territory,
    serviceOffer,
    axis,
    interventionType,
    determinant,
    population,
    professionalAct,
    organizer,
    month,
    fiscalPeriod;

    /** True when one activity may fall in several rows (its intervention has several codes, or it has several acts). */
    public boolean multiValued() {
        return this == interventionType || this == determinant || this == population || this == professionalAct;
    }
}
