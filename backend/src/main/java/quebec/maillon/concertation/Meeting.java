package quebec.maillon.concertation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A meeting of a concertation: date, place, attendance and decisions. */
@Entity
@Table(name = "concertation_meeting")
public class Meeting {

    @Id
    public UUID id;
    public UUID concertationId;
    public LocalDate heldOn;
    public String place;
    public Integer attendance;
    public String decisions;
    public OffsetDateTime createdAt;
    /**
     * The database's clock: now(), the start of the writing transaction (DbClock), which the trigger of V8 also
     * enforces on every update. The sync horizon compares it with the start of the open transactions.
     */
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("concertationId", concertationId);
        s.put("heldOn", heldOn);
        s.put("place", place);
        s.put("attendance", attendance);
        s.put("decisions", decisions);
        return s;
    }
}
