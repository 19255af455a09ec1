package quebec.maillon.security;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "AuditPage", description = "A page of audit entries, newest first.")
public class AuditPage extends Page<AuditEntryDto> {

    public AuditPage(List<AuditEntryDto> items, String nextCursor) {
        super(items, nextCursor);
    }
}
