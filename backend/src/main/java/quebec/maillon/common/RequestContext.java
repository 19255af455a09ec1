package quebec.maillon.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Per-request facts: the request id (X-Request-Id of the HTTP request, see {@link RequestIds}; outside of an HTTP
 * request, as in scheduled jobs, a new one), carried into audit entries, problem details and logs.
 */
@RequestScoped
public class RequestContext {

    private String requestId;

    public String requestId() {
        if (requestId == null) {
            String current = RequestIds.current();
            requestId = current != null ? current : UUID.randomUUID().toString();
        }
        return requestId;
    }
}
