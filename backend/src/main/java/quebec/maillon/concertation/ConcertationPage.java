package quebec.maillon.concertation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.SyncPage;

@Schema(name = "ConcertationPage", description = "A page of concertation places: sorted by name, or with `updatedSince` by `updatedAt` then `id`.")
public class ConcertationPage extends SyncPage<ConcertationDto> {

    public ConcertationPage(List<ConcertationDto> items, String nextCursor, java.time.OffsetDateTime nextUpdatedSince) {
        super(items, nextCursor, nextUpdatedSince);
    }
}
