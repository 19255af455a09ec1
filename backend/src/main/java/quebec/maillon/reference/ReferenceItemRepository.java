package quebec.maillon.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ReferenceItemRepository implements PanacheRepositoryBase<ReferenceItem, ReferenceItem.Key> {

    public List<ReferenceItem> ofKind(String kind) {
        return list("id.kind = ?1 order by sortOrder, id.code", kind);
    }
}
