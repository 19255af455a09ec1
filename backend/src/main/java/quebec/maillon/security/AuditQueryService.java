package quebec.maillon.security;

import quebec.maillon.common.SqlValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;

/** Reads the audit trail of the caller's establishment: "who changed this, and when". */
@ApplicationScoped
public class AuditQueryService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    ObjectMapper mapper;

    public AuditPage list(String recordType, String recordId, String actor, LocalDate from, LocalDate to, String action,
            String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 1);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.validation(List.of(new Problem.FieldError("from", "must not be after 'to'")));
        }
        StringBuilder sql = new StringBuilder("SELECT id, occurred_at, actor_subject, actor_name, actor_client, action, "
                + "record_type, record_id, CAST(changes AS text), request_id FROM audit_entry WHERE establishment_code = :est");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("est", user.establishment());
        if (recordType != null) {
            sql.append(" AND record_type = :recordType");
            params.put("recordType", recordType);
        }
        if (recordId != null) {
            sql.append(" AND record_id = :recordId");
            params.put("recordId", recordId);
        }
        if (actor != null) {
            sql.append(" AND (actor_subject = :actor OR actor_name = :actor)");
            params.put("actor", actor);
        }
        if (action != null) {
            sql.append(" AND action = :action");
            params.put("action", action);
        }
        if (from != null) {
            sql.append(" AND occurred_at >= :from");
            params.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            sql.append(" AND occurred_at < :to");
            params.put("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (after != null) {
            long afterId;
            try {
                afterId = Long.parseLong(after.get(0));
            } catch (NumberFormatException e) {
                throw ProblemException.validation(List.of(new Problem.FieldError("cursor", "is not a cursor of this list")));
            }
            sql.append(" AND id < :after");
            params.put("after", afterId);
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(size + 1);
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<AuditEntryDto> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            items.add(new AuditEntryDto(((Number) r[0]).longValue(), SqlValues.offsetDateTime(r[1]), (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[6], (String) r[7], json((String) r[8]), (String) r[9]));
        }
        String next = rows.size() > size ? Cursor.encode(items.get(items.size() - 1).id()) : null;
        return new AuditPage(items, next);
    }


    private com.fasterxml.jackson.databind.JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
