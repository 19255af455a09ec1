package quebec.maillon.common;

import java.util.ArrayList;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Final touches on the generated contract: every API operation may answer 429 (rate limit) and 503 (database
 * unavailable, {@link DatabaseUnavailable}); the health endpoints are public (no token), which the contract says
 * explicitly, and they answer 503 while the database is unreachable.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                for (Operation op : item.getOperations().values()) {
                    if (op.getResponses() != null && op.getResponses().getAPIResponse("429") == null) {
                        op.getResponses().addAPIResponse("429",
                                OASFactory.createAPIResponse().ref("#/components/responses/TooManyRequests"));
                    }
                    if (op.getResponses() != null && op.getResponses().getAPIResponse("503") == null) {
                        op.getResponses().addAPIResponse("503",
                                OASFactory.createAPIResponse().ref("#/components/responses/ServiceUnavailable"));
                    }
                }
            }
            if (path.startsWith("/q/health")) {
                for (Operation op : item.getOperations().values()) {
                    op.setSecurity(new ArrayList<>());
                    if (op.getResponses() != null && op.getResponses().getAPIResponse("503") == null) {
                        op.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                                .description("Not ready or not healthy (for example, the database is unreachable)."));
                    }
                }
            }
        });
    }

}
