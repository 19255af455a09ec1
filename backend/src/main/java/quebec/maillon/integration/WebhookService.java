package quebec.maillon.integration;

import quebec.maillon.common.NativeWrite;
import quebec.maillon.common.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.Etags;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.security.CurrentUser;

/** Webhook subscriptions of an establishment (admin). */
@ApplicationScoped
public class WebhookService {

    public static final String RECORD = "webhook";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @ConfigProperty(name = "maillon.webhooks.allow-insecure-localhost")
    boolean allowInsecureLocalhost;

    public record Stored(WebhookDtos.View view, long version) {
    }

    @Transactional
    public Stored create(WebhookDtos.Input in) {
        validate(in);
        UUID id = UUID.randomUUID();
        String secret = HexFormat.of().formatHex(randomBytes());
        NativeWrite.to(em, "webhook_subscription", "INSERT INTO webhook_subscription (id, establishment_code, url, event_types, secret, description, active) "
                + "VALUES (?1, ?2, ?3, CAST(?4 AS text[]), ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, user.establishment()).setParameter(3, in.url())
                .setParameter(4, "{" + String.join(",", in.eventTypes()) + "}").setParameter(5, secret)
                .setParameter(6, in.description()).setParameter(7, in.active() == null || in.active())
                .executeUpdate();
        audit.record(user.actor(), user.establishment(), AuditService.Action.CREATE, RECORD, id, null, snapshot(in), null);
        Stored s = get(id);
        return new Stored(withSecret(s.view(), secret), s.version());
    }

    @Transactional
    public Stored update(UUID id, String ifMatch, WebhookDtos.Input in) {
        Stored current = get(id);
        Etags.check(ifMatch, current.version());
        validate(in);
        int n = NativeWrite.to(em, "webhook_subscription", "UPDATE webhook_subscription SET url = ?2, event_types = CAST(?3 AS text[]), description = ?4, "
                + "active = ?5, updated_at = now(), version = version + 1 WHERE id = ?1 AND version = ?6")
                .setParameter(1, id).setParameter(2, in.url()).setParameter(3, "{" + String.join(",", in.eventTypes()) + "}")
                .setParameter(4, in.description()).setParameter(5, in.active() == null || in.active())
                .setParameter(6, current.version()).executeUpdate();
        if (n == 0) {
            Etags.check(ifMatch, current.version() + 1);
        }
        WebhookDtos.View v = current.view();
        audit.record(user.actor(), user.establishment(), AuditService.Action.UPDATE, RECORD, id,
                snapshot(new WebhookDtos.Input(v.url(), v.eventTypes(), v.description(), v.active())), snapshot(in), null);
        return get(id);
    }

    public Stored get(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, url, CAST(event_types AS text), description, active, created_at, "
                + "updated_at, version FROM webhook_subscription WHERE id = ?1 AND establishment_code = ?2")
                .setParameter(1, id).setParameter(2, user.establishment()).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no webhook with this id.");
        }
        Object[] r = rows.get(0);
        return new Stored(view(r), ((Number) r[7]).longValue());
    }

    @SuppressWarnings("unchecked")
    public WebhookDtos.PageView list() {
        List<Object[]> rows = em.createNativeQuery("SELECT id, url, CAST(event_types AS text), description, active, created_at, "
                + "updated_at, version FROM webhook_subscription WHERE establishment_code = ?1 ORDER BY created_at, id")
                .setParameter(1, user.establishment()).getResultList();
        return new WebhookDtos.PageView(rows.stream().map(WebhookService::view).toList(), null);
    }

    @SuppressWarnings("unchecked")
    public WebhookDtos.DeliveryPage deliveries(UUID id, String status, String cursor, Integer limit) {
        get(id);
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 1);
        StringBuilder sql = new StringBuilder("SELECT d.id, d.event_id, e.event_type, d.record_id, d.status, d.attempts, "
                + "d.last_status_code, d.last_error, d.next_attempt_at, d.delivered_at, d.created_at "
                + "FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id WHERE d.subscription_id = :id");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        if (status != null) {
            sql.append(" AND d.status = :status");
            params.put("status", status);
        }
        if (after != null) {
            sql.append(" AND d.id < :after");
            try {
                params.put("after", Long.parseLong(after.get(0)));
            } catch (NumberFormatException e) {
                throw ProblemException.validation(List.of(new Problem.FieldError("cursor", "is not a cursor of this list")));
            }
        }
        sql.append(" ORDER BY d.id DESC LIMIT ").append(size + 1);
        var q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        List<WebhookDtos.Delivery> items = new ArrayList<>();
        for (Object[] r : rows.subList(0, Math.min(size, rows.size()))) {
            items.add(new WebhookDtos.Delivery(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], ((Number) r[5]).intValue(), r[6] == null ? null : ((Number) r[6]).intValue(),
                    (String) r[7], SqlValues.offsetDateTime(r[8]), SqlValues.offsetDateTime(r[9]), SqlValues.offsetDateTime(r[10])));
        }
        String next = rows.size() > size ? Cursor.encode(items.get(items.size() - 1).id()) : null;
        return new WebhookDtos.DeliveryPage(items, next);
    }

    private void validate(WebhookDtos.Input in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            URI uri = URI.create(in.url());
            String host = uri.getHost();
            boolean https = "https".equals(uri.getScheme());
            boolean localHttp = "http".equals(uri.getScheme()) && allowInsecureLocalhost
                    && ("localhost".equals(host) || "127.0.0.1".equals(host));
            if (host == null || !(https || localHttp)) {
                errors.add(new Problem.FieldError("url", "must be an https:// URL"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("url", "is not a URL"));
        }
        for (int i = 0; i < in.eventTypes().size(); i++) {
            if (EventType.fromCode(in.eventTypes().get(i)) == null) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "]", "unknown event type '" + in.eventTypes().get(i)
                        + "'; known: " + String.join(", ", Arrays.stream(EventType.values()).map(t -> t.code).toList())));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    private static Map<String, Object> snapshot(WebhookDtos.Input in) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("url", in.url());
        s.put("eventTypes", in.eventTypes());
        s.put("description", in.description());
        s.put("active", in.active() == null || in.active());
        return s;
    }

    private static WebhookDtos.View view(Object[] r) {
        String types = ((String) r[2]).replaceAll("[{}\"]", "");
        return new WebhookDtos.View((UUID) r[0], (String) r[1], types.isEmpty() ? List.of() : List.of(types.split(",")),
                (String) r[3], (Boolean) r[4], null, SqlValues.offsetDateTime(r[5]), SqlValues.offsetDateTime(r[6]));
    }

    private static WebhookDtos.View withSecret(WebhookDtos.View v, String secret) {
        return new WebhookDtos.View(v.id(), v.url(), v.eventTypes(), v.description(), v.active(), secret, v.createdAt(), v.updatedAt());
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

}
