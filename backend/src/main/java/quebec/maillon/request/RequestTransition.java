package quebec.maillon.request;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a request's life cycle: who, when, from, to, why. Never changed once written. */
@Entity
@Table(name = "request_transition")
public class RequestTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID requestId;
    @Enumerated(EnumType.STRING)
    public RequestStatus fromStatus;
    @Enumerated(EnumType.STRING)
    public RequestStatus toStatus;
    public OffsetDateTime occurredAt;
    public String actorSubject;
    public String actorName;
    public String reasonCode;
    public String note;
}
