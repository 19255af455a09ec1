package quebec.maillon.common;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as the service lives them: Québec's calendar (America/Montreal), whatever the server's time zone. */
public final class Dates {

    public static final ZoneId ZONE = ZoneId.of("America/Montreal");

    private Dates() {
    }

    /** Today in Québec. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
