package quebec.maillon.organizer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A community organizer of the directory (never deleted: deactivated when they leave). */
@Entity
@Table(name = "organizer")
public class Organizer {

    @Id
    public UUID id;
    public String establishmentCode;
    public String subject;
    public String username;
    public String name;
    public String email;
    public boolean active = true;
    public OffsetDateTime createdAt;
    /**
     * The database's clock: now(), the start of the writing transaction (DbClock), which the trigger of V8 also
     * enforces on every update. The sync horizon compares it with the start of the open transactions.
     */
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organizer_territory", joinColumns = @JoinColumn(name = "organizer_id"))
    @Column(name = "territory_code")
    public Set<String> territories = new TreeSet<>();

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("name", name);
        s.put("email", email);
        s.put("active", active);
        s.put("territories", new TreeSet<>(territories));
        return s;
    }
}
