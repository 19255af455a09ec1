package quebec.maillon.concertation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.hibernate.annotations.BatchSize;

/** A concertation place (lieu de concertation): a table or committee the service supports. */
@Entity
@Table(name = "concertation")
public class Concertation {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ConcertationScope", description = "LOCAL, MRC or REGIONAL.")
    public enum Scope {
        LOCAL, MRC, REGIONAL
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ConcertationStatus", description = "ACTIVE, INACTIVE or CLOSED.")
    public enum Status {
        ACTIVE, INACTIVE, CLOSED
    }

    @Id
    public UUID id;
    public String establishmentCode;
    public String name;
    public String kindCode;
    @Enumerated(EnumType.STRING)
    public Scope scope;
    public String territoryCode;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String description;
    public OffsetDateTime createdAt;
    /**
     * The database's clock: now(), the start of the writing transaction (DbClock), which the trigger of V8 also
     * enforces on every update. The sync horizon compares it with the start of the open transactions.
     */
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "concertation_theme", joinColumns = @JoinColumn(name = "concertation_id"))
    @Column(name = "code")
    public Set<String> themes = new TreeSet<>();

    /** Flat view of the fields, for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("kindCode", kindCode);
        s.put("scope", scope);
        s.put("territoryCode", territoryCode);
        s.put("status", status);
        s.put("description", description);
        s.put("themes", new TreeSet<>(themes));
        return s;
    }
}
