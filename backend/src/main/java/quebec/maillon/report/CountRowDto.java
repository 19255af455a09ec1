package quebec.maillon.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportCount", description = "A count for one code of a reference list.")
public record CountRowDto(
        @Schema(description = "The code; NONE when the record carries no code.", examples = "NO_CAPACITY") String code,
        @Schema(examples = "Capacité de l'équipe insuffisante") String labelFr,
        @Schema(examples = "Insufficient team capacity") String labelEn,
        @Schema(examples = "3") long count) {
}
