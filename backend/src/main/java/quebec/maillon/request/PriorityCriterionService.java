package quebec.maillon.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Etags;
import quebec.maillon.common.InputValidation;
import quebec.maillon.common.Problem;
import quebec.maillon.security.CurrentUser;

/**
 * The weighted priority criteria of each establishment. The set has no version column: its ETag is derived from its
 * content, so that two admins changing it at once cannot overwrite each other (412).
 */
@ApplicationScoped
public class PriorityCriterionService {

    public static final String RECORD = "priority-criteria";

    @Inject
    PriorityCriterionRepository criteria;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    InputValidation validation;

    public List<PriorityCriterion> all() {
        return criteria.ofEstablishment(user.establishment());
    }

    /** The criteria scored in a new assessment. */
    public List<PriorityCriterion> active(String establishment) {
        return criteria.ofEstablishment(establishment).stream().filter(c -> c.active).toList();
    }

    /** A version number of the set, from its content (for ETag / If-Match). */
    public static long version(List<PriorityCriterion> list) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (PriorityCriterion c : list) {
                digest.update((c.id.code() + '\u001f' + c.labelFr + '\u001f' + c.labelEn + '\u001f' + c.weight + '\u001f'
                        + c.sortOrder + '\u001f' + c.active + '\u001e').getBytes(StandardCharsets.UTF_8));
            }
            byte[] h = digest.digest();
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public List<PriorityCriterion> replace(String ifMatch, PriorityCriteriaInput input) {
        String establishment = user.establishment();
        List<PriorityCriterion> current = criteria.ofEstablishment(establishment);
        Etags.check(ifMatch, version(current));
        List<Problem.FieldError> errors = new ArrayList<>(validation.check(input));
        if (input.items() != null && errors.isEmpty()) {
            Set<String> seen = new HashSet<>();
            boolean scored = false;
            for (int i = 0; i < input.items().size(); i++) {
                PriorityCriterionInput c = input.items().get(i);
                if (!seen.add(c.code())) {
                    errors.add(new Problem.FieldError("items[" + i + "].code", "is given twice"));
                }
                scored |= (c.active() == null || c.active()) && c.weight() > 0;
            }
            if (!scored) {
                errors.add(new Problem.FieldError("items", "must hold at least one active criterion with a weight above 0"));
            }
        }
        InputValidation.throwIfAny(errors);
        Map<String, Object> before = snapshot(current);
        Map<String, PriorityCriterion> byCode = new LinkedHashMap<>();
        current.forEach(c -> byCode.put(c.id.code(), c));
        int order = 1;
        for (PriorityCriterionInput in : input.items()) {
            PriorityCriterion c = byCode.remove(in.code());
            boolean created = c == null;
            if (created) {
                c = new PriorityCriterion();
                c.id = new PriorityCriterion.Key(establishment, in.code());
            }
            c.labelFr = in.labelFr().trim();
            c.labelEn = in.labelEn().trim();
            c.weight = in.weight();
            c.sortOrder = order++;
            c.active = in.active() == null || in.active();
            if (created) {
                criteria.persist(c);
            }
        }
        for (PriorityCriterion left : byCode.values()) {
            left.active = false;
            left.sortOrder = order++;
        }
        criteria.flush();
        List<PriorityCriterion> now = criteria.ofEstablishment(establishment);
        audit.record(user.actor(), establishment, AuditService.Action.UPDATE, RECORD, establishment, before, snapshot(now), Set.of());
        return now;
    }

    private static Map<String, Object> snapshot(List<PriorityCriterion> list) {
        Map<String, Object> s = new LinkedHashMap<>();
        for (PriorityCriterion c : list) {
            s.put(c.id.code(), c.labelFr + " | " + c.labelEn + " | weight " + c.weight + " | order " + c.sortOrder
                    + (c.active ? "" : " | inactive"));
        }
        return s;
    }
}
