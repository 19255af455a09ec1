package quebec.maillon.reference;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One entry of a reference list (service offers, determinants, …) with its French and English labels.
 * Read-only for the application (only migrations write it): in Hibernate's second-level cache, so that the checks
 * of every write (codes, territories) do not cost a query each.
 */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "reference_item")
public class ReferenceItem {

    @EmbeddedId
    public Key id;
    public String labelFr;
    public String labelEn;
    public int sortOrder;
    public boolean active;

    @Embeddable
    public record Key(String kind, String code) implements Serializable {
    }
}
