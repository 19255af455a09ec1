package quebec.maillon.privacy;

import quebec.maillon.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.security.CurrentUser;

/** Finds everything held about a person (by email) in the caller's establishment; the search itself is audited. */
@ApplicationScoped
public class PersonService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Transactional
    @SuppressWarnings("unchecked")
    public PersonExport export(String email) {
        String est = user.establishment();
        String key = email.trim().toLowerCase(java.util.Locale.ROOT);
        List<PersonExport.ContactRecord> contacts = new ArrayList<>();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.id, o.id, o.name, c.name, c.role, c.email, c.phone, c.anonymized_at
                FROM organization_contact c JOIN organization o ON o.id = c.organization_id
                WHERE o.establishment_code = ?1 AND lower(c.email) = ?2 ORDER BY o.name, c.id""")
                .setParameter(1, est).setParameter(2, key).getResultList();
        for (Object[] r : rows) {
            UUID contactId = (UUID) r[0];
            List<PersonExport.RequestRef> requests = new ArrayList<>();
            for (Object[] q : (List<Object[]>) em.createNativeQuery(
                    "SELECT id, received_on, status FROM service_request WHERE contact_id = ?1 ORDER BY received_on, id")
                    .setParameter(1, contactId).getResultList()) {
                requests.add(new PersonExport.RequestRef((UUID) q[0], SqlValues.localDate(q[1]), (String) q[2]));
            }
            contacts.add(new PersonExport.ContactRecord(contactId, (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], SqlValues.offsetDateTime(r[7]), requests));
        }
        List<PersonExport.OrganizerRecord> organizers = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                SELECT o.id, o.username, o.name, o.email, o.active, o.subject,
                       COALESCE((SELECT string_agg(t.territory_code, ',' ORDER BY t.territory_code)
                                 FROM organizer_territory t WHERE t.organizer_id = o.id), '')
                FROM organizer o WHERE o.establishment_code = ?1 AND lower(o.email) = ?2 ORDER BY o.name""")
                .setParameter(1, est).setParameter(2, key).getResultList()) {
            String territories = (String) r[6];
            organizers.add(new PersonExport.OrganizerRecord((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    territories.isEmpty() ? List.of() : Arrays.asList(territories.split(",")), (Boolean) r[4]));
            if (r[5] != null) {
                subjects.add((String) r[5]);
            }
        }
        List<PersonExport.ActionCount> authored = new ArrayList<>();
        if (!subjects.isEmpty()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT action, count(*) FROM audit_entry "
                    + "WHERE establishment_code = ?1 AND actor_subject IN (?2) GROUP BY action ORDER BY action")
                    .setParameter(1, est).setParameter(2, subjects).getResultList()) {
                authored.add(new PersonExport.ActionCount((String) r[0], ((Number) r[1]).longValue()));
            }
        }
        audit.event(user.actor(), est, AuditService.Action.READ_PERSONAL, "person", key,
                Map.of("purpose", "access request export", "contacts", contacts.size(), "organizers", organizers.size()));
        return new PersonExport(key, OffsetDateTime.now(), contacts, organizers, authored);
    }


}
