package quebec.maillon.intervention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import quebec.maillon.common.Actor;
import quebec.maillon.common.AuditService;

/** Interventions: opened from an accepted request or directly; closed with a bilan. */
@ApplicationScoped
public class InterventionService {

    public static final String RECORD = "intervention";

    @Inject
    InterventionRepository interventions;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    /** What an accepted request hands over to the intervention it opens. */
    public record FromRequest(UUID requestId, String establishmentCode, String title, String territoryCode,
            UUID leadOrganizerId, String serviceOfferCode, Set<String> determinants, Set<String> populations,
            UUID organizationId, String objectives, LocalDate openedOn) {
    }

    /**
     * Opens the intervention of an accepted request (status ACTIVE, the requester as supported organization), in
     * the caller's transaction; returns its id. A request opens at most one intervention.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID openFromRequest(Actor actor, FromRequest r) {
        Intervention existing = interventions.byRequest(r.requestId()).orElse(null);
        if (existing != null) {
            return existing.id;
        }
        Intervention i = new Intervention();
        i.id = UUID.randomUUID();
        i.establishmentCode = r.establishmentCode();
        i.title = r.title();
        i.territoryCode = r.territoryCode();
        i.leadOrganizerId = r.leadOrganizerId();
        i.serviceOfferCode = r.serviceOfferCode();
        i.requestId = r.requestId();
        i.objectives = r.objectives();
        i.status = Intervention.Status.ACTIVE;
        i.openedOn = r.openedOn();
        i.determinants.addAll(r.determinants());
        i.populations.addAll(r.populations());
        i.organizations.add(r.organizationId());
        i.createdAt = i.updatedAt = OffsetDateTime.now();
        interventions.persist(i);
        em.createNativeQuery("INSERT INTO intervention_transition (intervention_id, from_status, to_status, actor_subject, "
                + "actor_name, note) VALUES (?1, NULL, 'ACTIVE', ?2, ?3, ?4)")
                .setParameter(1, i.id).setParameter(2, actor.subject()).setParameter(3, actor.name())
                .setParameter(4, "Opened from accepted request " + r.requestId())
                .executeUpdate();
        audit.record(actor, i.establishmentCode, AuditService.Action.CREATE, RECORD, i.id, null, i.snapshot(), Set.of());
        return i.id;
    }
}
