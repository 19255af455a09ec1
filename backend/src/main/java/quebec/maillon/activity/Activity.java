package quebec.maillon.activity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** An activity of the journal: what an organizer did, on a date, for one intervention or one concertation. */
@Entity
@Table(name = "activity")
public class Activity {

    @Id
    public UUID id;
    public String establishmentCode;
    public UUID organizerId;
    public LocalDate occurredOn;
    public int durationMinutes;
    public UUID interventionId;
    public UUID concertationId;
    public Integer participants;
    public String notes;
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
    @CollectionTable(name = "activity_act", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "code")
    public Set<String> acts = new TreeSet<>();

    /** Flat view of the fields, for the audit trail (notes may name people: masked there). */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organizerId", organizerId);
        s.put("occurredOn", occurredOn);
        s.put("durationMinutes", durationMinutes);
        s.put("interventionId", interventionId);
        s.put("concertationId", concertationId);
        s.put("participants", participants);
        s.put("notes", notes);
        s.put("acts", new TreeSet<>(acts));
        return s;
    }
}
