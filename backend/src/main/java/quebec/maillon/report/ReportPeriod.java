package quebec.maillon.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;

/**
 * A reporting period: inclusive bounds {@code from} and {@code to}, and how it was asked for.
 *
 * <p>The health network's financial year runs from April 1 to March 31 ({@code FY2025-2026}). It is cut in
 * 13 periods: period 1 starts on April 1 and periods 1 to 12 last 28 days each; period 13 runs from the day after
 * period 12 to March 31 (29 days, 30 in a leap year). For FY2025-2026: P01 = 2025-04-01 to 2025-04-28,
 * P07 = 2025-09-16 to 2025-10-13, P13 = 2026-03-03 to 2026-03-31.
 */
public record ReportPeriod(String code, Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        FISCAL_YEAR, FISCAL_PERIOD, CALENDAR_YEAR, RANGE
    }

    public static final int PERIODS_PER_YEAR = 13;
    public static final int PERIOD_DAYS = 28;
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    /** The longest date range a report covers (keeps month and period breakdowns to a sensible size). */
    static final int MAX_YEARS = 25;

    private static final Pattern FISCAL_YEAR = Pattern.compile("FY(\\d{4})-(\\d{4})");
    private static final Pattern FISCAL_PERIOD = Pattern.compile("FY(\\d{4})-(\\d{4})-P(\\d{1,2})");
    private static final Pattern CALENDAR_YEAR = Pattern.compile("\\d{4}");

    /**
     * Reads the {@code period} parameter, or the {@code from}/{@code to} pair when it is absent. Every mistake is
     * a 422 naming the parameter.
     */
    public static ReportPeriod parse(String period, String from, String to) {
        boolean hasPeriod = period != null && !period.isBlank();
        boolean hasFrom = from != null && !from.isBlank();
        boolean hasTo = to != null && !to.isBlank();
        if (hasPeriod && (hasFrom || hasTo)) {
            throw invalid("period", "give either period or from and to, not both");
        }
        if (hasPeriod) {
            return parsePeriod(period.trim());
        }
        if (!hasFrom && !hasTo) {
            throw invalid("period", "is required (for example FY2025-2026, FY2025-2026-P07 or 2025), unless from and to are given");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = hasFrom ? date("from", from.trim(), errors) : null;
        LocalDate end = hasTo ? date("to", to.trim(), errors) : null;
        if (!hasFrom) {
            errors.add(new Problem.FieldError("from", "is required with to (a date, for example 2025-04-01)"));
        }
        if (!hasTo) {
            errors.add(new Problem.FieldError("to", "is required with from (a date, for example 2026-03-31)"));
        }
        if (errors.isEmpty() && start.isAfter(end)) {
            errors.add(new Problem.FieldError("to", "must be on or after from (" + start + ")"));
        }
        if (errors.isEmpty() && ChronoUnit.YEARS.between(start, end) >= MAX_YEARS) {
            errors.add(new Problem.FieldError("to", "the range may cover at most " + MAX_YEARS + " years"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new ReportPeriod(start + "/" + end, Kind.RANGE, start, end);
    }

    static ReportPeriod parsePeriod(String value) {
        Matcher m = FISCAL_PERIOD.matcher(value);
        if (m.matches()) {
            int year = fiscalYear(m.group(1), m.group(2));
            int number = Integer.parseInt(m.group(3));
            if (number < 1 || number > PERIODS_PER_YEAR) {
                throw invalid("period", "a financial year has periods P01 to P13 (was P" + m.group(3) + ")");
            }
            return fiscalPeriod(year, number);
        }
        m = FISCAL_YEAR.matcher(value);
        if (m.matches()) {
            int year = fiscalYear(m.group(1), m.group(2));
            return new ReportPeriod(fiscalYearCode(year), Kind.FISCAL_YEAR, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
        }
        if (CALENDAR_YEAR.matcher(value).matches()) {
            int year = year(value);
            return new ReportPeriod(value, Kind.CALENDAR_YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw invalid("period", "must be a financial year (FY2025-2026), one of its 13 periods (FY2025-2026-P07), "
                + "a calendar year (2025), or be left out for from and to (was '" + value + "')");
    }

    /** Period {@code number} (1..13) of the financial year that starts on April 1 of {@code year}. */
    public static ReportPeriod fiscalPeriod(int year, int number) {
        LocalDate start = LocalDate.of(year, 4, 1).plusDays((long) PERIOD_DAYS * (number - 1));
        LocalDate end = number == PERIODS_PER_YEAR ? LocalDate.of(year + 1, 3, 31) : start.plusDays(PERIOD_DAYS - 1);
        return new ReportPeriod(fiscalYearCode(year) + String.format("-P%02d", number), Kind.FISCAL_PERIOD, start, end);
    }

    /** The financial year (by its starting calendar year) that contains a date. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    /** The period (1..13) of its financial year that contains a date. */
    public static int fiscalPeriodOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(LocalDate.of(fiscalYearOf(date), 4, 1), date);
        return (int) Math.min(PERIODS_PER_YEAR, days / PERIOD_DAYS + 1);
    }

    public static String fiscalYearCode(int year) {
        return "FY" + year + "-" + (year + 1);
    }

    private static int fiscalYear(String first, String second) {
        int year = year(first);
        if (Integer.parseInt(second) != year + 1) {
            throw invalid("period", "a financial year spans two consecutive years, April 1 to March 31 (FY" + first + "-" + (year + 1)
                    + ", not FY" + first + "-" + second + ")");
        }
        return year;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year >= MAX_YEAR) {
            throw invalid("period", "the year must be between " + MIN_YEAR + " and " + (MAX_YEAR - 1) + " (was " + digits + ")");
        }
        return year;
    }

    private static LocalDate date(String field, String value, List<Problem.FieldError> errors) {
        try {
            LocalDate d = LocalDate.parse(value);
            if (d.getYear() < MIN_YEAR || d.getYear() >= MAX_YEAR) {
                errors.add(new Problem.FieldError(field, "the year must be between " + MIN_YEAR + " and " + (MAX_YEAR - 1)));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "must be a date in the form YYYY-MM-DD (was '" + value + "')"));
            return null;
        }
    }

    private static ProblemException invalid(String field, String message) {
        return ProblemException.validation(List.of(new Problem.FieldError(field, message)));
    }
}
