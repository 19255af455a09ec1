package quebec.maillon.report;

import java.time.LocalDate;

/**
 * What a report covers: one establishment (always the caller's), optionally one of its territories, and the
 * inclusive dates of the period.
 */
public record ReportScope(String establishment, String territory, LocalDate from, LocalDate to) {

    public ReportScope {
        if (establishment == null || from == null || to == null) {
            throw new IllegalArgumentException("establishment, from and to are required");
        }
    }
}
