package quebec.maillon.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "ServiceRequestPage", description = "A page of requests, in the order asked by `sort`.")
public class ServiceRequestPage extends Page<ServiceRequestDto> {

    public ServiceRequestPage(java.util.List<ServiceRequestDto> items, String nextCursor) {
        super(items, nextCursor);
    }
}
