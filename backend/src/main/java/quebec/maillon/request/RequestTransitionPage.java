package quebec.maillon.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "RequestTransitionPage", description = "The whole history of a request, oldest first (no further page).")
public class RequestTransitionPage extends Page<RequestTransitionDto> {

    public RequestTransitionPage(java.util.List<RequestTransitionDto> items) {
        super(items, null);
    }
}
