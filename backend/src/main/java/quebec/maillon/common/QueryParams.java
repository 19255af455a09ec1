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
}
