package quebec.maillon.common;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/** Builds problem responses. */
public final class Problems {

    private Problems() {
    }

    public static Response response(int status, String slug, String title, String detail, String instance,
            List<Problem.FieldError> errors) {
        Problem problem = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance,
                errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** "2 fields are invalid: name, neq" — a one-line summary of field errors for {@code detail}. */
    public static String describe(List<Problem.FieldError> errors) {
        List<String> fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.toList());
        if (fields.size() == 1) {
            return "The field '" + fields.get(0) + "' is invalid: " + errors.get(0).message();
        }
        return fields.size() + " fields are invalid: " + String.join(", ", fields);
    }
}
