package quebec.maillon.organizer;

import quebec.maillon.common.NativeWrite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.DbClock;
import quebec.maillon.security.CurrentUser;

/**
 * Writes the caller's directory entry from their token (created, linked to an entry an admin added ahead of time, or
 * brought in step), in the caller's transaction. At a first login the web client sends several requests at once, and
 * each finds the entry to create or link: the statements never fail on that race — the first request to write wins,
 * the others write nothing and {@link OrganizerService#current()} reads what the winner wrote (before, they failed on
 * the version or the unique keys, and a GET answered 412 or 409).
 *
 * <p>No transaction of its own: a second transaction would hold a second connection while the caller's holds one,
 * and many people logging in at once (more than the pool has connections) left every request waiting for a connection
 * that another waiting request held, until the pool's timeout (found by the load mix, bench/README.md).
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

    @Inject
    EntityManager em;

    /** True when the entry is missing or differs from the token (name, email, territories, link). */
    static boolean outOfStep(Organizer o, CurrentUser user, Set<String> territories) {
        return o == null || o.subject == null || !Objects.equals(o.name, user.name()) || !Objects.equals(o.email, user.email())
                || !o.territories.equals(territories);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void register(Set<String> territories) {
        String establishment = user.establishment();
        Organizer o = organizers.bySubject(user.subject())
                .or(() -> organizers.byUsername(establishment, user.username()).filter(x -> x.subject == null))
                .orElse(null);
        if (o == null) {
            UUID id = UUID.randomUUID();
            // Any unique key taken (the same person registered meanwhile, or the username is someone else's): nothing.
            int created = NativeWrite.to(em, "organizer", "INSERT INTO organizer (id, establishment_code, subject, username, name, email) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING")
                    .setParameter(1, id).setParameter(2, establishment).setParameter(3, user.subject())
                    .setParameter(4, user.username()).setParameter(5, user.name()).setParameter(6, user.email())
                    .executeUpdate();
            if (created == 1) {
                writeTerritories(id, territories);
                audit.record(user.actor(), establishment, AuditService.Action.CREATE, OrganizerService.RECORD, id, null,
                        snapshot(user.username(), user.name(), user.email(), true, territories), PERSONAL);
            }
            return;
        }
        if (outOfStep(o, user, territories)) {
            Map<String, Object> before = o.snapshot();
            // Only if nobody changed the entry since it was read (a concurrent request of the same person waits for the
            // first one's commit, then finds another version and writes nothing).
            int updated = NativeWrite.to(em, "organizer", "UPDATE organizer SET subject = ?1, name = ?2, email = ?3, updated_at = now(), "
                    + "version = version + 1 WHERE id = ?4 AND version = ?5")
                    .setParameter(1, user.subject()).setParameter(2, user.name()).setParameter(3, user.email())
                    .setParameter(4, o.id).setParameter(5, o.version)
                    .executeUpdate();
            if (updated == 1) {
                writeTerritories(o.id, territories);
                audit.record(user.actor(), establishment, AuditService.Action.UPDATE, OrganizerService.RECORD, o.id, before,
                        snapshot(o.username, user.name(), user.email(), o.active, territories), PERSONAL);
            }
        }
    }

    /** The entry's territories become exactly these. */
    private void writeTerritories(UUID id, Set<String> territories) {
        if (territories.isEmpty()) {
            NativeWrite.to(em, "organizer_territory", "DELETE FROM organizer_territory WHERE organizer_id = ?1").setParameter(1, id).executeUpdate();
            return;
        }
        NativeWrite.to(em, "organizer_territory", "DELETE FROM organizer_territory WHERE organizer_id = ?1 AND territory_code NOT IN (?2)")
                .setParameter(1, id).setParameter(2, territories).executeUpdate();
        for (String territory : territories) {
            NativeWrite.to(em, "organizer_territory", "INSERT INTO organizer_territory (organizer_id, territory_code) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                    .setParameter(1, id).setParameter(2, territory).executeUpdate();
        }
    }

    /** As {@link Organizer#snapshot()}, for the audit trail. */
    private static Map<String, Object> snapshot(String username, String name, String email, boolean active, Set<String> territories) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("name", name);
        s.put("email", email);
        s.put("active", active);
        s.put("territories", new TreeSet<>(territories));
        return s;
    }
}
