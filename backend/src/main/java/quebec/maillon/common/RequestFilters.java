package quebec.maillon.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Refuses bodies over 1 MB; applies the rate limit; answers 304 to conditional reads of unchanged records.
 * (The request id, X-Request-Id, is decided earlier, for every route, by {@link RequestLog}.)
 */
public class RequestFilters {

    public static final String HEADER = RequestIds.HEADER;

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
    }

    @ServerResponseFilter
    public void write(ContainerRequestContext request, ContainerResponseContext response) {
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
