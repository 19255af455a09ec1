package quebec.maillon.organization;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID> {

    public Optional<Organization> byNeq(String establishment, String neq) {
        return find("establishmentCode = ?1 and neq = ?2", establishment, neq).firstResultOptional();
    }
}
