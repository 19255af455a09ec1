package quebec.maillon.concertation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An organization's membership of a concertation, from joinedOn to leftOn (open while leftOn is empty). */
@Entity
@Table(name = "concertation_member")
public class ConcertationMember {

    @Id
    public UUID id;
    public UUID concertationId;
    public UUID organizationId;
    public String role;
    public LocalDate joinedOn;
    public LocalDate leftOn;
    @Version
    public long version;

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("concertationId", concertationId);
        s.put("organizationId", organizationId);
        s.put("role", role);
        s.put("joinedOn", joinedOn);
        s.put("leftOn", leftOn);
        return s;
    }
}
