package quebec.maillon.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PriorityAssessmentRepository implements PanacheRepositoryBase<PriorityAssessment, Long> {

    public List<PriorityAssessment> ofRequest(UUID requestId) {
        return list("requestId = ?1 order by id", requestId);
    }
}
