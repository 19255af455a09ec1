package quebec.maillon.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the one shape of every 4xx and 5xx answer of the API. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "An RFC 9457 problem detail (media type application/problem+json).")
public record Problem(
        @Schema(description = "A URI identifying the kind of problem.", examples = "https://maillon.quebec/problems/validation")
        String type,
        @Schema(description = "A short summary of the kind of problem.", examples = "Invalid input")
        String title,
        @Schema(description = "The HTTP status code.", examples = "422")
        int status,
        @Schema(description = "What went wrong in this occurrence, for a person to read.",
                examples = "2 fields are invalid: name, neq")
        String detail,
        @Schema(description = "The request path of this occurrence.", examples = "/api/v1/organizations")
        String instance,
        @Schema(description = "One entry per invalid field (validation problems only).")
        List<FieldError> errors,
        @Schema(description = "The id of this HTTP request, as in its X-Request-Id response header (the caller's "
                + "X-Request-Id when it sent a valid one, else one made by the API). Quote it to support: it finds the "
                + "request's log lines and audit entries. (Not the id of a service request.)",
                examples = "3f2c1e9a-5b7d-4c1a-9e2f-0a1b2c3d4e5f")
        String requestId) {

    /** A problem of the HTTP request being served (its request id is filled in). */
    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, RequestIds.current());
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://maillon.quebec/problems/";

    @Schema(name = "FieldError", description = "One invalid field of a request.")
    public record FieldError(
            @Schema(description = "The field, as a JSON path from the request body or a parameter name.", examples = "neq")
            String field,
            @Schema(description = "What is wrong with it.", examples = "must be exactly 10 digits")
            String message) {
    }
}
