package quebec.maillon.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Takes the caller's X-Request-Id (or makes one) and returns it on every response; refuses bodies over 1 MB;
 * answers 304 to conditional reads of unchanged records.
 */
public class RequestFilters {

    public static final String HEADER = "X-Request-Id";

    @Inject
    RequestContext context;

    @Inject
    RateLimiter rateLimiter;

    /** Largest request body the API accepts. */
    public static final long MAX_BODY_BYTES = 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public void read(ContainerRequestContext request, io.vertx.core.http.HttpServerRequest httpRequest) {
        String length = request.getHeaderString("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            throw new ProblemException(413, "payload-too-large", "Payload Too Large",
                    "The request body is larger than the API accepts (1 MB).");
        }
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            long wait = rateLimiter.acquire(request.getHeaderString("Authorization"),
                    httpRequest.remoteAddress() == null ? "unknown" : httpRequest.remoteAddress().hostAddress());
            if (wait > 0) {
                throw new ProblemException(429, "too-many-requests", "Too Many Requests",
                        "Too many requests from this client; retry after " + wait + " s.", null, wait);
            }
        }
        String id = request.getHeaderString(HEADER);
        if (id != null && id.matches("[A-Za-z0-9._:-]{1,100}")) {
            context.setRequestId(id);
        }
    }

    @ServerResponseFilter
    public void write(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, context.requestId());
        notModified(request, response);
    }

    /**
     * Conditional reads: a GET whose If-None-Match names the record's current ETag answers 304 without a body,
     * so a client that re-reads an unchanged record transfers nothing.
     */
    static void notModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        String ifNoneMatch = request.getHeaderString("If-None-Match");
        Object etag = response.getHeaders().getFirst("ETag");
        if (ifNoneMatch == null || etag == null) {
            return;
        }
        String current = etag.toString();
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(current) || c.replaceFirst("^W/", "").equals(current)) {
                response.setStatus(304);
                response.setEntity(null);
                return;
            }
        }
    }
}
