package quebec.maillon.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes the caller's X-Request-Id (or makes one) and returns it on every response. */
public class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";

    @Inject
    RequestContext context;

    @ServerRequestFilter(preMatching = true)
    public void read(ContainerRequestContext request) {
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
