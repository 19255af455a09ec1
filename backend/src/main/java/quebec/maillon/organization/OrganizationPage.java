package quebec.maillon.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "OrganizationPage", description = "A page of organizations, in the order asked by `sort`.")
public class OrganizationPage extends Page<OrganizationSummary> {

    public OrganizationPage(java.util.List<OrganizationSummary> items, String nextCursor) {
        super(items, nextCursor);
    }
}
