package quebec.maillon.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An organization (organisme / partenaire) the service works with. Archived, never deleted. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    public UUID id;
    public String establishmentCode;
    public String typeCode;
    public String name;
    public String neq;
    public String territoryCode;
    public String addressLine;
    public String city;
    public String postalCode;
    public boolean archived;
    public OffsetDateTime archivedAt;
    public OffsetDateTime createdAt;
    /**
     * The database's clock: now(), the start of the writing transaction (DbClock), which the trigger of V8 also
     * enforces on every update. The sync horizon compares it with the start of the open transactions.
     */
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    /** Flat view of the fields, for the audit trail (contacts are added by the service). */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", typeCode);
        s.put("name", name);
        s.put("neq", neq);
        s.put("territory", territoryCode);
        s.put("addressLine", addressLine);
        s.put("city", city);
        s.put("postalCode", postalCode);
        s.put("archived", archived);
        return s;
    }
}
