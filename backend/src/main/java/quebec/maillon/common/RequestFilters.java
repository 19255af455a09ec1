package quebec.maillon.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the caller's X-Request-Id (or makes one) and returns it on every response; refuses bodies over 1 MB. */
public class RequestFilters {

    public static final String HEADER = "X-Request-Id";

    @Inject
    RequestContext context;

    /** Largest request body the API accepts. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void read(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            throw new ProblemException(413, "payload-too-large", "Payload Too Large",
                    "The request body is larger than the API accepts (1 MB).");
        }
        String id = request.getHeaderString(HEADER);
        if (id != null && id.matches("[A-Za-z0-9._:-]{1,100}")) {
            context.setRequestId(id);
        }
    }

    @ServerResponseFilter
    public void write(ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, context.requestId());
    }
}
