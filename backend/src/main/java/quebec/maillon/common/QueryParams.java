package quebec.maillon.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

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

    /** A date (YYYY-MM-DD) or null; 422 naming the parameter otherwise. */
    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError(name,
                    "must be a date (YYYY-MM-DD) (was '" + value + "')")));
        }
    }

    /** A date-time (RFC 3339, e.g. 2026-11-01T00:00:00-04:00) or null; 422 naming the parameter otherwise. */
    public static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError(name,
                    "must be a date-time with its offset, RFC 3339 (was '" + value + "')")));
        }
    }

    /** A UUID or null; 422 naming the parameter otherwise. */
    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError(name, "must be a UUID (was '" + value + "')")));
        }
    }

    /** 422 on {@code fromName} when both dates are given and from is after to. */
    public static void range(String fromName, LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.validation(List.of(new Problem.FieldError(fromName, "must not be after 'to'")));
        }
    }

    /** An integer or null; 422 naming the parameter otherwise (JAX-RS would answer 404 for an Integer parameter). */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError(name, "must be a whole number (was '" + value + "')")));
        }
    }
}
