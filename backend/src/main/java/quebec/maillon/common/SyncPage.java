package quebec.maillon.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a list that clients synchronize with {@code updatedSince}: the last page of a pass also says where the
 * next pass starts (docs/sync.md).
 */
public class SyncPage<T> extends Page<T> {

    public static final String NEXT_UPDATED_SINCE = "Present only on the last page (no nextCursor) of a synchronization "
            + "pass, that is a list called with `updatedSince` (organizations and requests: or sorted by `updatedAt`): "
            + "pass it unchanged as "
            + "`updatedSince` in the next pass, which then brings exactly what was created or changed since this pass "
            + "began, with no record missed and no version repeated. Every page of a pass covers the same window, up to "
            + "this instant (excluded), which the cursor carries: it trails the clock by the transactions still open "
            + "when the pass began (and one second), so that a change committed late is never left behind.";

    /** The paragraph of a list operation's description on synchronization. */
    public static final String SYNC_LIST = "Synchronization: with `updatedSince` the list is one pass of a sync feed, by "
            + "`updatedAt` then `id` (oldest change first). Every page of the pass covers the same window (the cursor "
            + "carries it) and the last page carries `nextUpdatedSince`, the `updatedSince` of the next pass: no record is "
            + "missed or repeated, even while records change during the copy (docs/sync.md). ";

    /** The description of a list's updatedSince parameter. */
    public static final String UPDATED_SINCE = "Synchronization: only records created or changed at or after this instant "
            + "(RFC 3339): the `nextUpdatedSince` of the previous pass, or any instant before the first record "
            + "(1970-01-01T00:00:00Z) for a full copy.";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = NEXT_UPDATED_SINCE, examples = "2026-11-23T15:04:05.123456Z")
    public OffsetDateTime nextUpdatedSince;

    public SyncPage() {
    }

    public SyncPage(List<T> items, String nextCursor, OffsetDateTime nextUpdatedSince) {
        super(items, nextCursor);
        this.nextUpdatedSince = nextCursor == null ? nextUpdatedSince : null;
    }
}
