package quebec.maillon.common;

import java.util.Arrays;
import java.util.List;

/** Parses query parameters so that a bad value is a 422 naming the parameter, never a 404 or a 500. */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        throw ProblemException.validation(List.of(new Problem.FieldError(name,
                "must be one of " + String.join(", ", allowed) + " (was '" + value + "')")));
    }

    /** An ISO date (YYYY-MM-DD) or null; 422 naming the parameter otherwise. */
    public static java.time.LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError(name, "must be a date YYYY-MM-DD (was '" + value + "')")));
        }
    }

    /** An RFC 3339 date-time (or a date, taken as its start in UTC) or null; 422 naming the parameter otherwise. */
    public static java.time.OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDate.parse(value.trim()).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e2) {
                throw ProblemException.validation(List.of(new Problem.FieldError(name,
                        "must be a date-time like 2026-11-23T14:05:00Z or a date (was '" + value + "')")));
            }
        }
    }
}
