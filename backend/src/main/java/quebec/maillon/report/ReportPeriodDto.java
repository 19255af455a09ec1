package quebec.maillon.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportPeriod", description = "The period a report covers (inclusive bounds) and how it was asked for.")
public record ReportPeriodDto(
        @Schema(description = "The period as asked: FY2025-2026, FY2025-2026-P07, 2025, or from/to for a date range.",
                examples = "FY2025-2026") String code,
        @Schema(description = "FISCAL_YEAR (April 1 to March 31), FISCAL_PERIOD (one of its 13 periods), CALENDAR_YEAR or RANGE.",
                enumeration = {"FISCAL_YEAR", "FISCAL_PERIOD", "CALENDAR_YEAR", "RANGE"}, examples = "FISCAL_YEAR") String kind,
        @Schema(description = "First day, included.", examples = "2025-04-01") LocalDate from,
        @Schema(description = "Last day, included.", examples = "2026-03-31") LocalDate to) {

    static ReportPeriodDto of(ReportPeriod p) {
        return new ReportPeriodDto(p.code(), p.kind().name(), p.from(), p.to());
    }
}
