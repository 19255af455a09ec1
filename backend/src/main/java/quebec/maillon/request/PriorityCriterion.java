package quebec.maillon.request;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A weighted priority criterion of an establishment (reference data, changed by its admin). */
@Entity
@Table(name = "priority_criterion")
public class PriorityCriterion {

    @EmbeddedId
    public Key id;
    public String labelFr;
    public String labelEn;
    public int weight;
    public int sortOrder;
    public boolean active;

    @Embeddable
    public record Key(String establishmentCode, String code) implements Serializable {
    }
}
