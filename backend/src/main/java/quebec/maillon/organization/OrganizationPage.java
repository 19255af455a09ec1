package quebec.maillon.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.SyncPage;

@Schema(name = "OrganizationPage", description = "A page of organizations, in the order asked by `sort`.")
public class OrganizationPage extends SyncPage<OrganizationSummary> {

    public OrganizationPage(java.util.List<OrganizationSummary> items, String nextCursor, java.time.OffsetDateTime nextUpdatedSince) {
        super(items, nextCursor, nextUpdatedSince);
    }
}
