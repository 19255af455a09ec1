package quebec.maillon.privacy;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An entry of the confidentiality-incident register (Loi 25). */
@Entity
@Table(name = "privacy_incident")
public class PrivacyIncident {

    @Id
    public UUID id;
    public String establishmentCode;
    public LocalDate occurredOn;
    public LocalDate discoveredOn;
    public String nature;
    public String informationConcerned;
    public String recordsConcerned;
    public Integer personsConcernedCount;
    public String riskLevel;
    public String riskAssessment;
    public String measures;
    public LocalDate caiNotifiedOn;
    public LocalDate personsNotifiedOn;
    public String status;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("occurredOn", occurredOn);
        s.put("discoveredOn", discoveredOn);
        s.put("nature", nature);
        s.put("informationConcerned", informationConcerned);
        s.put("recordsConcerned", recordsConcerned);
        s.put("personsConcernedCount", personsConcernedCount);
        s.put("riskLevel", riskLevel);
        s.put("riskAssessment", riskAssessment);
        s.put("measures", measures);
        s.put("caiNotifiedOn", caiNotifiedOn);
        s.put("personsNotifiedOn", personsNotifiedOn);
        s.put("status", status);
        return s;
    }
}
