package quebec.maillon.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.reference.LabelledCode;

@Schema(name = "Breakdown", description = "The activities in scope broken down by one dimension.")
public record BreakdownDto(
        @Schema(examples = "determinant") String dimension,
        ReportPeriodDto period,
        LabelledCode establishment,
        @Schema(description = "The territory of the report; null for the whole establishment.") LabelledCode territory,
        @Schema(description = "The rows, in a stable order (the reference list's order, by name for organizers, by date for months "
                + "and periods), zero rows included except for organizers.") List<BreakdownRowDto> rows,
        @Schema(description = "The whole scope once (code TOTAL): an activity is counted once here even when it falls in several rows.")
        BreakdownRowDto total) {
}
