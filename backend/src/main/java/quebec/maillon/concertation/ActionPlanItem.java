package quebec.maillon.concertation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An objective of a concertation's action plan, with who is responsible, when it is due and its state. */
@Entity
@Table(name = "action_plan_item")
public class ActionPlanItem {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ActionPlanItemState", description = "PLANNED, IN_PROGRESS, DONE or ABANDONED.")
    public enum State {
        PLANNED, IN_PROGRESS, DONE, ABANDONED
    }

    @Id
    public UUID id;
    public UUID concertationId;
    public String objective;
    public String responsible;
    public LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    public State state;
    public int position;
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
        s.put("objective", objective);
        s.put("responsible", responsible);
        s.put("dueOn", dueOn);
        s.put("state", state);
        s.put("position", position);
        return s;
    }
}
