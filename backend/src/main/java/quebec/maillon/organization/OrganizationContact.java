package quebec.maillon.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A contact person of an organization: personal information (Loi 25). A contact removed from its organization is
 * deleted, or anonymized when a request still points to it.
 */
@Entity
@Table(name = "organization_contact")
public class OrganizationContact {

    @Id
    public UUID id;
    public UUID organizationId;
    public int position;
    public String name;
    public String role;
    public String email;
    public String phone;
    public OffsetDateTime anonymizedAt;
    public OffsetDateTime createdAt;
}
