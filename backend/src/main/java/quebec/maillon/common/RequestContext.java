package quebec.maillon.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** Per-request facts: the request id (from X-Request-Id, or a new one), carried into audit entries and logs. */
@RequestScoped
public class RequestContext {

    private String requestId;

    public String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }

    void setRequestId(String requestId) {
        this.requestId = requestId;
    }
}
