package quebec.maillon.activity;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.organizer.OrganizerRef;

@Schema(name = "Timesheet", description = "An organizer's time over a period: minutes per day (every day of the period, "
        + "zero included) and in total.")
public record Timesheet(
        @Schema(description = "Whose time.") OrganizerRef organizer,
        @Schema(examples = "2026-11-16") LocalDate from,
        @Schema(examples = "2026-11-22") LocalDate to,
        @Schema(description = "Minutes over the period.", examples = "1260") long totalMinutes,
        @Schema(description = "Activities over the period.", examples = "9") long activityCount,
        @Schema(description = "One entry per day from `from` to `to`.") List<Day> days) {

    @Schema(name = "TimesheetDay", description = "An organizer's minutes on one day.")
    public record Day(
            @Schema(examples = "2026-11-16") LocalDate date,
            @Schema(examples = "270") long minutes,
            @Schema(examples = "2") long activityCount) {
    }
}
