package quebec.maillon.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public health and social services establishment (CISSS or CIUSSS). */
@Entity
@Table(name = "establishment")
public class Establishment {

    @Id
    public String code;
    public String kind;
    public String labelFr;
    public String labelEn;
}
