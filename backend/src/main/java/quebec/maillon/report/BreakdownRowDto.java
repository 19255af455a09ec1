package quebec.maillon.report;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BreakdownRow", description = "One row of a breakdown: what the activities in scope that fall in this row add up to.")
public record BreakdownRowDto(
        @Schema(description = "The row's code: a reference code, a territory code, an organizer id, a month (2025-04), a financial "
                + "period (FY2025-2026-P07); NONE for activities without a value for the dimension; TOTAL for the total.",
                examples = "FOOD_SECURITY") String code,
        @Schema(description = "French label (null for organizers when the caller has only the reporting role).",
                examples = "Sécurité alimentaire") String labelFr,
        @Schema(description = "English label (null for organizers when the caller has only the reporting role).",
                examples = "Food security") String labelEn,
        @Schema(description = "Activities in this row.", examples = "312") long activities,
        @Schema(description = "Hours of those activities, one decimal (half up). For professionalAct, an activity's duration is "
                + "shared equally among its acts, so that the rows add up to the total.", examples = "540.5") BigDecimal hours,
        @Schema(description = "Distinct interventions of those activities.", examples = "41") long interventions,
        @Schema(description = "Distinct concertations of those activities (logged on it, or on an intervention concerning it).",
                examples = "7") long concertations,
        @Schema(description = "Distinct organizations (any type) supported by those interventions.", examples = "36") long organizations,
        @Schema(description = "Distinct organizers of those activities.", examples = "12") long organizers) {
}
