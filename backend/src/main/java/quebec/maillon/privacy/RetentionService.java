package quebec.maillon.privacy;

import quebec.maillon.common.NativeWrite;
import quebec.maillon.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import quebec.maillon.common.Actor;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Etags;

/**
 * Retention (Loi 25): the contact people of an organization with which the service has had no dealings for N
 * years (N per establishment, default 7) are anonymized. "Dealings" are the latest of: a change to the
 * organization, a request received or decided, an activity on an intervention supporting it, a membership in a
 * concertation (ongoing memberships count as today). Anonymized contacts keep their row (so every count stays
 * the same) with name "Contact anonymisé" and no role, email or phone.
 */
@ApplicationScoped
public class RetentionService {

    public static final String ANONYMIZED_NAME = "Contact anonymisé";

    @Inject
    EntityManager em;

    @Inject
    AuditService audit;

    public record Settings(int contactRetentionYears, long version) {
    }

    public record Candidate(UUID contactId, UUID organizationId, String organizationName, LocalDate lastDealings) {
    }

    public Settings settings(String establishment) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT contact_retention_years, version FROM retention_setting WHERE establishment_code = ?1")
                .setParameter(1, establishment).getResultList();
        if (rows.isEmpty()) {
            return new Settings(7, 0);
        }
        return new Settings(((Number) rows.get(0)[0]).intValue(), ((Number) rows.get(0)[1]).longValue());
    }

    @Transactional
    public Settings updateSettings(Actor actor, String establishment, String ifMatch, int years) {
        Settings current = settings(establishment);
        Etags.check(ifMatch, current.version());
        int updated = NativeWrite.to(em, "retention_setting", "INSERT INTO retention_setting (establishment_code, contact_retention_years, version) "
                + "VALUES (?1, ?2, 1) ON CONFLICT (establishment_code) DO UPDATE SET contact_retention_years = ?2, "
                + "version = retention_setting.version + 1, updated_at = now() WHERE retention_setting.version = ?3")
                .setParameter(1, establishment).setParameter(2, years).setParameter(3, current.version()).executeUpdate();
        if (updated == 0) {
            Etags.check(ifMatch, current.version() + 1);
        }
        audit.record(actor, establishment, AuditService.Action.UPDATE, "retention-setting", establishment,
                Map.of("contactRetentionYears", current.contactRetentionYears()), Map.of("contactRetentionYears", years), null);
        return settings(establishment);
    }

    /** Contacts that the retention rule anonymizes today, oldest dealings first. */
    public List<Candidate> candidates(String establishment, LocalDate today) {
        int years = settings(establishment).contactRetentionYears();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH dealings AS (
                    SELECT o.id, o.name, GREATEST(
                        (o.updated_at AT TIME ZONE 'America/Montreal')::date,
                        (SELECT max(GREATEST(r.received_on, r.decided_on)) FROM service_request r WHERE r.organization_id = o.id),
                        (SELECT max(a.occurred_on) FROM intervention_organization io
                            JOIN activity a ON a.intervention_id = io.intervention_id WHERE io.organization_id = o.id),
                        (SELECT max(COALESCE(m.left_on, ?3)) FROM concertation_member m WHERE m.organization_id = o.id)
                    ) AS last_dealings
                    FROM organization o WHERE o.establishment_code = ?1)
                SELECT c.id, d.id, d.name, d.last_dealings
                FROM organization_contact c JOIN dealings d ON d.id = c.organization_id
                WHERE c.anonymized_at IS NULL AND d.last_dealings < ?2
                ORDER BY d.last_dealings, c.id
                """)
                .setParameter(1, establishment)
                .setParameter(2, today.minusYears(years))
                .setParameter(3, today)
                .getResultList();
        List<Candidate> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new Candidate((UUID) r[0], (UUID) r[1], (String) r[2], SqlValues.localDate(r[3])));
        }
        return result;
    }

    /** Anonymizes the candidates of one establishment, each with an audit entry; returns what was done. */
    @Transactional
    public List<Candidate> anonymize(Actor actor, String establishment, LocalDate today) {
        List<Candidate> candidates = candidates(establishment, today);
        for (Candidate c : candidates) {
            NativeWrite.to(em, "organization_contact", "UPDATE organization_contact SET name = ?2, role = NULL, email = NULL, phone = NULL, "
                    + "anonymized_at = now() WHERE id = ?1 AND anonymized_at IS NULL")
                    .setParameter(1, c.contactId()).setParameter(2, ANONYMIZED_NAME).executeUpdate();
            // The organization changes for synchronizing clients: its contacts are now anonymized.
            NativeWrite.to(em, "organization", "UPDATE organization SET updated_at = now(), version = version + 1 WHERE id = ?1")
                    .setParameter(1, c.organizationId()).executeUpdate();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("organizationId", c.organizationId().toString());
            details.put("lastDealings", c.lastDealings().toString());
            details.put("fields", List.of("name", "role", "email", "phone"));
            audit.event(actor, establishment, AuditService.Action.ANONYMIZE, "organization-contact", c.contactId(), details);
        }
        return candidates;
    }

    public List<String> establishments() {
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("SELECT code FROM establishment ORDER BY code").getResultList();
        return codes;
    }

}
