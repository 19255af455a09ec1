package quebec.maillon.request;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A service request (demande de service) from an organization or group, received by a local team. */
@Entity
@Table(name = "service_request")
public class ServiceRequest {

    @Id
    public UUID id;
    public String establishmentCode;
    public UUID organizationId;
    public UUID contactId;
    public LocalDate receivedOn;
    public String channelCode;
    public String territoryCode;
    public String serviceOfferCode;
    public String need;
    @Enumerated(EnumType.STRING)
    public RequestStatus status;
    public Boolean eligibleRequester;
    public Boolean eligibleHealthField;
    public Boolean notReligious;
    public Boolean notPoliticalParty;
    public Boolean notSolelyRecreational;
    public String eligibilityNote;
    public OffsetDateTime eligibilityAssessedAt;
    public Integer priorityScore;
    @Enumerated(EnumType.STRING)
    public PriorityLevel priorityLevel;
    public UUID assignedOrganizerId;
    public LocalDate decidedOn;
    public String refusalReasonCode;
    public String decisionNote;
    public OffsetDateTime createdAt;
    /**
     * The database's clock: now(), the start of the writing transaction (DbClock), which the trigger of V8 also
     * enforces on every update. The sync horizon compares it with the start of the open transactions.
     */
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    // Lazy: the DTOs read the codes of a page in one statement (ServiceRequestService.views); writes load them when
    // they change or audit them.
    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "service_request_population", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "code")
    public Set<String> populations = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 200)
    @CollectionTable(name = "service_request_determinant", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "code")
    public Set<String> determinants = new TreeSet<>();

    /** Flat view of the fields, for the audit trail. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("organizationId", organizationId);
        s.put("contactId", contactId);
        s.put("receivedOn", receivedOn);
        s.put("channel", channelCode);
        s.put("territory", territoryCode);
        s.put("serviceOffer", serviceOfferCode);
        s.put("need", need);
        s.put("status", status);
        s.put("populations", new TreeSet<>(populations));
        s.put("determinants", new TreeSet<>(determinants));
        s.put("eligibleRequester", eligibleRequester);
        s.put("eligibleHealthField", eligibleHealthField);
        s.put("notReligious", notReligious);
        s.put("notPoliticalParty", notPoliticalParty);
        s.put("notSolelyRecreational", notSolelyRecreational);
        s.put("eligibilityNote", eligibilityNote);
        s.put("priorityScore", priorityScore);
        s.put("priorityLevel", priorityLevel);
        s.put("assignedOrganizerId", assignedOrganizerId);
        s.put("decidedOn", decidedOn);
        s.put("refusalReason", refusalReasonCode);
        s.put("decisionNote", decisionNote);
        return s;
    }
}
