package quebec.maillon.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class PriorityCriterionRepository implements PanacheRepositoryBase<PriorityCriterion, PriorityCriterion.Key> {

    public List<PriorityCriterion> ofEstablishment(String establishment) {
        return list("id.establishmentCode = ?1 order by sortOrder, id.code", establishment);
    }
}
