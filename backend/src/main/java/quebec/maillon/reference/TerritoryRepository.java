package quebec.maillon.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class TerritoryRepository implements PanacheRepositoryBase<Territory, String> {

    public List<Territory> ofEstablishment(String establishment) {
        return list("establishmentCode = ?1 order by sortOrder", establishment);
    }
}
