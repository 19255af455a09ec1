package quebec.maillon.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class EstablishmentRepository implements PanacheRepositoryBase<Establishment, String> {
}
