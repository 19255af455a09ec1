package quebec.maillon.request;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class ServiceRequestRepository implements PanacheRepositoryBase<ServiceRequest, UUID> {
}
