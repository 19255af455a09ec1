package quebec.maillon.intervention;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An intervention (dossier d'intervention): the organizer's work with a community. Its collections are loaded in
 * batches, so that a page of interventions costs one query per collection, not one per intervention.
 */
@Entity
@Table(name = "intervention")
public class Intervention {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "InterventionStatus", description = "PLANNED, ACTIVE, ON_HOLD or CLOSED.")
    public enum Status {
        PLANNED, ACTIVE, ON_HOLD, CLOSED
    }

    @Id
    public UUID id;
    public String establishmentCode;
    public String title;
    public String territoryCode;
    public UUID leadOrganizerId;
    public String serviceOfferCode;
    public String axisCode;
    public UUID concertationId;
    public UUID requestId;
    public String objectives;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Status status;
    public LocalDate openedOn;
    public LocalDate closedOn;
    public String closingSummary;
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
    @CollectionTable(name = "intervention_co_organizer", joinColumns = @JoinColumn(name = "intervention_id"))
    @Column(name = "organizer_id")
    public Set<UUID> coOrganizers = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "intervention_type", joinColumns = @JoinColumn(name = "intervention_id"))
    @Column(name = "code")
    public Set<String> types = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "intervention_determinant", joinColumns = @JoinColumn(name = "intervention_id"))
    @Column(name = "code")
    public Set<String> determinants = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "intervention_population", joinColumns = @JoinColumn(name = "intervention_id"))
    @Column(name = "code")
    public Set<String> populations = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "intervention_organization", joinColumns = @JoinColumn(name = "intervention_id"))
    @Column(name = "organization_id")
    public Set<UUID> organizations = new TreeSet<>();

    // Copies of the five collections above on the intervention's own row (V13), kept exact by triggers after every
    // change of their tables and never written by the application: a page reads its codes and references with its
    // rows. Exact as loaded; after a change of the collections in the same transaction, refresh the entity first.
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "type_codes", insertable = false, updatable = false)
    public String[] typeCodes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "determinant_codes", insertable = false, updatable = false)
    public String[] determinantCodes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "population_codes", insertable = false, updatable = false)
    public String[] populationCodes;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "organization_ids", insertable = false, updatable = false)
    public UUID[] organizationIds;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "co_organizer_ids", insertable = false, updatable = false)
    public UUID[] coOrganizerIds;

    /** Flat view of the fields, for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("territoryCode", territoryCode);
        s.put("leadOrganizerId", leadOrganizerId);
        s.put("serviceOfferCode", serviceOfferCode);
        s.put("axisCode", axisCode);
        s.put("concertationId", concertationId);
        s.put("requestId", requestId);
        s.put("objectives", objectives);
        s.put("status", status);
        s.put("openedOn", openedOn);
        s.put("closedOn", closedOn);
        s.put("closingSummary", closingSummary);
        s.put("coOrganizers", new TreeSet<>(coOrganizers));
        s.put("types", new TreeSet<>(types));
        s.put("determinants", new TreeSet<>(determinants));
        s.put("populations", new TreeSet<>(populations));
        s.put("organizations", new TreeSet<>(organizations));
        return s;
    }
}
