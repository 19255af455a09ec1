package quebec.maillon.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public health and social services establishment (CISSS or CIUSSS).
 * Read-only for the application (only migrations write it): in Hibernate's second-level cache, so that the checks
 * of every write (codes, territories) do not cost a query each.
 */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "establishment")
public class Establishment {

    @Id
    public String code;
    public String kind;
    public String labelFr;
    public String labelEn;
}
