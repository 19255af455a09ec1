package quebec.maillon.request;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.SyncPage;

@Schema(name = "ServiceRequestPage", description = "A page of requests, in the order asked by `sort`.")
public class ServiceRequestPage extends SyncPage<ServiceRequestDto> {

    public ServiceRequestPage(java.util.List<ServiceRequestDto> items, String nextCursor, java.time.OffsetDateTime nextUpdatedSince) {
        super(items, nextCursor, nextUpdatedSince);
    }
}
