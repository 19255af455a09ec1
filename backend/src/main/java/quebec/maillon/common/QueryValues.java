package quebec.maillon.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Parses typed query parameters from their text, so that a bad value is a 422 naming the parameter (JAX-RS would
 * answer 404 for a value it cannot convert).
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be a date (YYYY-MM-DD)", value);
        }
    }

    public static OffsetDateTime dateTime(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.trim()).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw invalid(name, "must be a date-time with offset (RFC 3339, e.g. 2026-11-01T00:00:00Z) or a date", value);
            }
        }
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a UUID", value);
        }
    }

    /** Values of a parameter given repeated and/or comma-separated ("status=A,B&status=C"), each checked against the enum. */
    public static <E extends Enum<E>> List<E> enumList(String name, List<String> values, Class<E> type) {
        List<E> result = new ArrayList<>();
        if (values == null) {
            return result;
        }
        LinkedHashSet<String> parts = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null) {
                Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(parts::add);
            }
        }
        for (String p : parts) {
            result.add(enumValue(name, p, type));
        }
        return result;
    }

    /** One value of an enum (its exact constant name), or null when absent. */
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
        throw invalid(name, "must be one of " + String.join(", ", allowed), value);
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
            throw invalid(name, "must be a whole number", value);
        }
    }

    private static ProblemException invalid(String name, String message, String value) {
        return ProblemException.validation(List.of(new Problem.FieldError(name, message + " (was '" + value + "')")));
    }
}
