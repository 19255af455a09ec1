package quebec.maillon.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A territory of an establishment: an MRC or an RLS, served by a local team.
 * Read-only for the application (only migrations write it): in Hibernate's second-level cache, so that the checks
 * of every write (codes, territories) do not cost a query each.
 */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "territory")
public class Territory {

    @Id
    public String code;
    public String establishmentCode;
    public String kind;
    public String labelFr;
    public String labelEn;
    public int sortOrder;
    public boolean active;
}
