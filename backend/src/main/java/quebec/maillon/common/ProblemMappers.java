package quebec.maillon.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem detail. No stack trace, SQL or class name ever reaches a client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        Response response = Problems.response(e.status(), e.slug(), e.title(), e.getMessage(), path(uri), e.errors());
        if (e.retryAfterSeconds() != null) {
            return Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response beanValidation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        boolean returnValue = false;
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            returnValue |= isReturnValue(v.getPropertyPath());
            errors.add(new Problem.FieldError(field(v.getPropertyPath()), v.getMessage()));
        }
        if (returnValue) {
            LOG.errorf("Response failed its own validation: %s", e.getMessage());
            return unexpected(uri);
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return Problems.response(422, "validation", "Invalid input", Problems.describe(errors), path(uri), errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return Problems.response(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ").",
                path(uri), null);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return Problems.response(400, "malformed-json", "Malformed JSON",
                    "The request body does not have the expected shape: a JSON object is expected.", path(uri), null);
        }
        String message = e instanceof InvalidFormatException ife && ife.getTargetType() != null
                ? "has the wrong type or format: expected " + typeName(ife.getTargetType())
                : "has the wrong type: expected " + (e.getTargetType() == null ? "another type" : typeName(e.getTargetType()));
        List<Problem.FieldError> errors = List.of(new Problem.FieldError(field, message));
        return Problems.response(422, "validation", "Invalid input", Problems.describe(errors), path(uri), errors);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return Problems.response(400, "malformed-json", "Malformed JSON",
                "The request body could not be read as JSON.", path(uri), null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri, "A valid bearer token of the realm 'maillon' is required.");
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri, "The bearer token was refused: it is invalid, expired, or not issued for this API.");
    }

    @ServerExceptionMapper
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthenticated(uri, "The bearer token was refused: it is invalid, expired, or not issued for this API.");
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "forbidden", "Forbidden",
                "Your role does not allow this operation.", path(uri), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Server error", e);
            return unexpected(uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "There is no resource at " + path(uri) + ".";
            case 405 -> "This method is not allowed on " + path(uri) + ".";
            case 406 -> "The API answers in application/json (and text/csv where the contract says so).";
            case 415 -> "The request body must be application/json.";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title + "." : e.getMessage();
        };
        Response response = Problems.response(status, slug(status), title, detail, path(uri), null);
        if (status == 405 && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW)).build();
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return domain(problem, uri);
            }
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return Problems.response(412, "precondition-failed", "Precondition Failed",
                        "The record was changed by someone else at the same time. Reload it and apply your change again.",
                        path(uri), null);
            }
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return Problems.response(409, "conflict", "Conflict",
                        "This would duplicate an existing record (a unique value is already taken). Nothing was written.",
                        path(uri), null);
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return Problems.response(409, "conflict", "Conflict",
                        "This change conflicts with related records (a database constraint refused it). Nothing was written.",
                        path(uri), null);
            }
        }
        LOG.error("Unexpected error on " + path(uri), e);
        return unexpected(uri);
    }

    private static Response unexpected(UriInfo uri) {
        return Problems.response(500, "internal", "Internal error",
                "An unexpected error occurred. Nothing was changed; try again, and contact support if it persists.",
                path(uri), null);
    }

    private static Response unauthenticated(UriInfo uri, String detail) {
        return Response.fromResponse(Problems.response(401, "unauthorized", "Unauthorized", detail, path(uri), null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"maillon\"")
                .build();
    }

    private static String slug(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            default -> "http-" + status;
        };
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** "create.body.contacts[0].email" → "contacts[0].email"; "list.limit" → "limit". */
    static String field(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        StringBuilder sb = new StringBuilder();
        String parameter = null;
        for (Path.Node node : nodes) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // a node inside a list or map carries the index (or key) of its container: contacts[0].email
                    if (node.isInIterable()) {
                        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                        if (position != null) {
                            sb.append('[').append(position).append(']');
                        }
                    }
                    if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                        continue;
                    }
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(node.getName());
                }
            }
        }
        if (sb.length() == 0) {
            return parameter == null ? "body" : parameter;
        }
        return sb.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String typeName(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            List<String> names = new ArrayList<>();
            for (Object c : constants) {
                names.add(c.toString());
            }
            return "one of " + String.join(", ", names);
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "a date-time (RFC 3339)";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
