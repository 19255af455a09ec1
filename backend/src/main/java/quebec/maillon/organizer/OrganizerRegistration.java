package quebec.maillon.organizer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.DbClock;
import quebec.maillon.security.CurrentUser;

/**
 * Writes the caller's directory entry from their token, in a transaction of its own. At a first login the client
 * sends several requests at once, and each finds the entry to create or link: one of them wins, the others fail
 * on the version or the unique keys — {@link OrganizerService#current()} then reads what the winner wrote instead
 * of failing the caller's request (it was answering a GET with 412 or 409).
 */
@ApplicationScoped
public class OrganizerRegistration {

    private static final Set<String> PERSONAL = Set.of("email");

    @Inject
    DbClock clock;

    @Inject
    OrganizerRepository organizers;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    /** True when the entry is missing or differs from the token (name, email, territories, link). */
    static boolean outOfStep(Organizer o, CurrentUser user, Set<String> territories) {
        return o == null || o.subject == null || !Objects.equals(o.name, user.name()) || !Objects.equals(o.email, user.email())
                || !o.territories.equals(territories);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void register(Set<String> territories) {
        String establishment = user.establishment();
        Organizer o = organizers.bySubject(user.subject())
                .or(() -> organizers.byUsername(establishment, user.username()).filter(x -> x.subject == null))
                .orElse(null);
        if (o == null) {
            o = new Organizer();
            o.id = UUID.randomUUID();
            o.establishmentCode = establishment;
            o.subject = user.subject();
            o.username = user.username();
            o.name = user.name();
            o.email = user.email();
            o.territories = territories;
            o.createdAt = o.updatedAt = clock.now();
            organizers.persist(o);
            audit.record(user.actor(), establishment, AuditService.Action.CREATE, OrganizerService.RECORD, o.id, null, o.snapshot(),
                    PERSONAL);
            return;
        }
        if (outOfStep(o, user, territories)) {
            Map<String, Object> before = o.snapshot();
            o.subject = user.subject();
            o.name = user.name();
            o.email = user.email();
            o.territories.clear();
            o.territories.addAll(territories);
            o.updatedAt = clock.now();
            audit.record(user.actor(), establishment, AuditService.Action.UPDATE, OrganizerService.RECORD, o.id, before, o.snapshot(),
                    PERSONAL);
        }
    }
}
