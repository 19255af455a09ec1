package quebec.maillon.concertation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

@Schema(name = "MeetingPage", description = "A page of a concertation place's meetings, latest first.")
public class MeetingPage extends Page<MeetingDto> {

    public MeetingPage(List<MeetingDto> items, String nextCursor) {
        super(items, nextCursor);
    }
}
