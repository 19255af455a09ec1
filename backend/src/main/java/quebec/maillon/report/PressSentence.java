package quebec.maillon.report;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The sentence of the press release (seed 000), filled from the figures: «… a accompagné 42 lieux de concertation,
 * a offert son soutien à 118 organismes communautaires et a travaillé en concertation avec 27 municipalités et
 * milieux scolaires.» French agreement: 0 and 1 take the singular, 2 and more the plural; English: only 1 is singular.
 */
final class PressSentence {

    private static final DateTimeFormatter FR_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.CANADA_FRENCH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.CANADA);

    private PressSentence() {
    }

    static String of(Lang lang, ReportPeriod period, String establishment, String territory, long concertations,
            long organizations, long municipalities) {
        return lang == Lang.en
                ? english(period, establishment, territory, concertations, organizations, municipalities)
                : french(period, establishment, territory, concertations, organizations, municipalities);
    }

    static String french(ReportPeriod period, String establishment, String territory, long concertations,
            long organizations, long municipalities) {
        StringBuilder s = new StringBuilder();
        s.append(frenchPeriod(period)).append(", le service d’organisation communautaire ").append(frenchOfEstablishment(establishment));
        if (territory != null) {
            s.append(", sur le territoire ").append(frenchOf(territory)).append(',');
        }
        s.append(" a accompagné ").append(frNumber(concertations)).append(' ')
                .append(concertations <= 1 ? "lieu de concertation" : "lieux de concertation")
                .append(", a offert son soutien à ").append(frNumber(organizations)).append(' ')
                .append(organizations <= 1 ? "organisme communautaire" : "organismes communautaires")
                .append(" et a travaillé en concertation avec ").append(frNumber(municipalities)).append(' ')
                .append(municipalities <= 1 ? "municipalité ou milieu scolaire" : "municipalités et milieux scolaires")
                .append('.');
        return s.toString();
    }

    static String english(ReportPeriod period, String establishment, String territory, long concertations,
            long organizations, long municipalities) {
        StringBuilder s = new StringBuilder();
        s.append(englishPeriod(period)).append(", the community organization service of ").append(establishment);
        if (territory != null) {
            s.append(", in the territory of ").append(territory).append(',');
        }
        s.append(" accompanied ").append(enNumber(concertations)).append(' ')
                .append(concertations == 1 ? "concertation place" : "concertation places")
                .append(", supported ").append(enNumber(organizations)).append(' ')
                .append(organizations == 1 ? "community organization" : "community organizations")
                .append(" and worked in concertation with ").append(enNumber(municipalities)).append(' ')
                .append(municipalities == 1 ? "municipality or school setting" : "municipalities and school settings")
                .append('.');
        return s.toString();
    }

    static String frenchPeriod(ReportPeriod p) {
        String fy = p.kind() == ReportPeriod.Kind.FISCAL_YEAR || p.kind() == ReportPeriod.Kind.FISCAL_PERIOD
                ? ReportPeriod.fiscalYearOf(p.from()) + "-" + (ReportPeriod.fiscalYearOf(p.from()) + 1) : null;
        return switch (p.kind()) {
            case FISCAL_YEAR -> "Au cours de l’année financière " + fy + " (" + frenchRange(p.from(), p.to()) + ")";
            case FISCAL_PERIOD -> "Au cours de la période " + ReportPeriod.fiscalPeriodOf(p.from()) + " de l’année financière "
                    + fy + " (" + frenchRange(p.from(), p.to()) + ")";
            case CALENDAR_YEAR -> "En " + p.from().getYear();
            case RANGE -> p.from().equals(p.to()) ? "Le " + frenchDate(p.from()) : capitalize(frenchRange(p.from(), p.to()));
        };
    }

    static String englishPeriod(ReportPeriod p) {
        String fy = ReportPeriod.fiscalYearOf(p.from()) + "-" + (ReportPeriod.fiscalYearOf(p.from()) + 1);
        return switch (p.kind()) {
            case FISCAL_YEAR -> "In financial year " + fy + " (" + EN_DATE.format(p.from()) + " to " + EN_DATE.format(p.to()) + ")";
            case FISCAL_PERIOD -> "In period " + ReportPeriod.fiscalPeriodOf(p.from()) + " of financial year " + fy + " ("
                    + EN_DATE.format(p.from()) + " to " + EN_DATE.format(p.to()) + ")";
            case CALENDAR_YEAR -> "In " + p.from().getYear();
            case RANGE -> p.from().equals(p.to()) ? "On " + EN_DATE.format(p.from())
                    : "From " + EN_DATE.format(p.from()) + " to " + EN_DATE.format(p.to());
        };
    }

    /** «du 1er avril 2025 au 31 mars 2026». */
    static String frenchRange(LocalDate from, LocalDate to) {
        return "du " + frenchDate(from) + " au " + frenchDate(to);
    }

    /** «1er avril 2025», «31 mars 2026». */
    static String frenchDate(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth())) + " " + FR_MONTH_YEAR.format(d);
    }

    /** «du CISSS de Lanaudière»; another kind of establishment: «de l’établissement X». */
    static String frenchOfEstablishment(String label) {
        if (label.startsWith("CISSS") || label.startsWith("CIUSSS")) {
            return "du " + label;
        }
        return "de l’établissement " + label;
    }

    /** «de Joliette», «des Moulins» (Les Moulins), «du Bic» (Le Bic), «d’Ahuntsic…», «de L’Assomption», «de La Tuque». */
    static String frenchOf(String name) {
        if (name.startsWith("Les ")) {
            return "des " + name.substring(4);
        }
        if (name.startsWith("Le ")) {
            return "du " + name.substring(3);
        }
        if (name.startsWith("L'") || name.startsWith("L’") || name.startsWith("La ")) {
            return "de " + name;
        }
        char c = Character.toLowerCase(name.isEmpty() ? 'x' : name.charAt(0));
        if ("aeiouyhàâäéèêëîïôöùûüœæ".indexOf(c) >= 0) {
            return "d’" + name;
        }
        return "de " + name;
    }

    /** 1 234 (no-break space as the group separator, as in Québec French). */
    static String frNumber(long n) {
        NumberFormat f = NumberFormat.getIntegerInstance(Locale.CANADA_FRENCH);
        return f.format(n).replace('\u202F', '\u00A0');
    }

    static String enNumber(long n) {
        return NumberFormat.getIntegerInstance(Locale.CANADA).format(n);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
