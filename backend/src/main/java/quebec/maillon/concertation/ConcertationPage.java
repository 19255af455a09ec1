package quebec.maillon.concertation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "ConcertationPage", description = "A page of concertation places, sorted by name.")
public class ConcertationPage extends Page<ConcertationDto> {

    public ConcertationPage(List<ConcertationDto> items, String nextCursor) {
        super(items, nextCursor);
    }
}
