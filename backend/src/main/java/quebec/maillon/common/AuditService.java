package quebec.maillon.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The audit trail: every write records who, when, which record and which fields changed (old → new, personal
 * fields masked), in the same transaction as the write. Entries are append-only (a database trigger refuses
 * updates and deletes).
 */
@ApplicationScoped
public class AuditService {

    public static final String MASKED = "[masked]";

    public enum Action {
        CREATE, UPDATE, TRANSITION, ARCHIVE, ANONYMIZE, DELETE, READ_PERSONAL
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    RequestContext requestContext;

    /**
     * Records a change. {@code before} and {@code after} are flat snapshots (field → value); only fields whose
     * value differs are kept. Fields in {@code personal} are masked in the trail.
     */
    public void record(Actor actor, String establishment, Action action, String recordType, Object recordId,
            Map<String, ?> before, Map<String, ?> after, Set<String> personal) {
        Map<String, Object> changes = diff(before, after, personal);
        if (action == Action.UPDATE && changes.isEmpty()) {
            return;
        }
        insert(actor, establishment, action, recordType, recordId, changes);
    }

    /** Records an event with free-form details (a transition, a read of personal information). */
    public void event(Actor actor, String establishment, Action action, String recordType, Object recordId,
            Map<String, ?> details) {
        insert(actor, establishment, action, recordType, recordId, details);
    }

    static Map<String, Object> diff(Map<String, ?> before, Map<String, ?> after, Set<String> personal) {
        Map<String, Object> changes = new LinkedHashMap<>();
        Set<String> fields = new TreeSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        for (String field : fields) {
            Object old = before == null ? null : normalize(before.get(field));
            Object now = after == null ? null : normalize(after.get(field));
            if (Objects.equals(old, now)) {
                continue;
            }
            Map<String, Object> change = new LinkedHashMap<>();
            boolean masked = personal != null && personal.contains(field);
            change.put("old", masked && old != null ? MASKED : old);
            change.put("new", masked && now != null ? MASKED : now);
            changes.put(field, change);
        }
        return changes;
    }

    private static Object normalize(Object value) {
        if (value instanceof Collection<?> c) {
            return new TreeSet<>(c.stream().map(String::valueOf).toList()).stream().toList();
        }
        if (value != null && !(value instanceof Number) && !(value instanceof Boolean)) {
            return value.toString();
        }
        return value;
    }

    private void insert(Actor actor, String establishment, Action action, String recordType, Object recordId,
            Map<String, ?> changes) {
        String json;
        try {
            json = changes == null || changes.isEmpty() ? null : mapper.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String requestId = null;
        try {
            requestId = requestContext.requestId();
        } catch (jakarta.enterprise.context.ContextNotActiveException e) {
            // a scheduled job: no HTTP request
        }
        NativeWrite.to(em, "audit_entry", "INSERT INTO audit_entry (establishment_code, actor_subject, actor_name, actor_client, "
                + "action, record_type, record_id, changes, request_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, CAST(?8 AS jsonb), ?9)")
                .setParameter(1, establishment)
                .setParameter(2, actor.subject())
                .setParameter(3, actor.name())
                .setParameter(4, actor.client())
                .setParameter(5, action.name())
                .setParameter(6, recordType)
                .setParameter(7, String.valueOf(recordId))
                .setParameter(8, json)
                .setParameter(9, requestId)
                .executeUpdate();
    }
}
