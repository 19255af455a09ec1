package quebec.maillon.report;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.reference.LabelledCode;

@Schema(name = "ReportSummary", description = "The figures of a period for the caller's establishment, or one of its territories.")
public record ReportSummaryDto(
        ReportPeriodDto period,
        @Schema(description = "The caller's establishment.") LabelledCode establishment,
        @Schema(description = "The territory of the report; null for the whole establishment.") LabelledCode territory,
        @Schema(description = "Distinct concertations with at least one activity in the period (logged on the concertation, "
                + "or on an intervention concerning it).", examples = "42") long concertationPlaces,
        @Schema(description = "Distinct organizations of type COMMUNITY_ORGANIZATION or NON_PROFIT supported by an intervention "
                + "(its organizations) with at least one activity in the period.", examples = "118") long communityOrganizationsSupported,
        @Schema(description = "Distinct organizations of type MUNICIPALITY or SCHOOL linked to an intervention with at least one "
                + "activity in the period, or members of a concertation with at least one activity in the period through a "
                + "membership overlapping the period (joined on or before its last day, not left before its first day). "
                + "Counted once even when both.", examples = "27") long municipalitiesAndSchools,
        @Schema(description = "Activities dated in the period.", examples = "1874") long activities,
        @Schema(description = "Sum of the activities' durations, in hours, one decimal (half up).", examples = "3120.5") BigDecimal hours,
        @Schema(description = "Distinct organizers with at least one activity in the period.", examples = "19") long organizersActive,
        @Schema(description = "Distinct interventions with at least one activity in the period (whatever their status today: "
                + "a closed intervention counts for the periods it had activities in).", examples = "211") long interventions,
        RequestFiguresDto requests,
        @Schema(description = "The press-release sentence (seed 000), in the language of the answer.",
                examples = "Au cours de l’année financière 2025-2026 (du 1er avril 2025 au 31 mars 2026), le service d’organisation "
                        + "communautaire du CISSS de Lanaudière a accompagné 42 lieux de concertation, a offert son soutien à "
                        + "118 organismes communautaires et a travaillé en concertation avec 27 municipalités et milieux scolaires.")
        String sentence,
        @Schema(description = "Language of the sentence (and of the Content-Language header): fr or en.",
                enumeration = {"fr", "en"}, examples = "fr") String language) {
}
