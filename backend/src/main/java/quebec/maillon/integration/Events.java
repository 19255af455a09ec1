package quebec.maillon.integration;

import quebec.maillon.common.NativeWrite;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.query.NativeQuery;

/**
 * Publishes an integration event: writes it to the outbox and queues one delivery per active subscription of the
 * establishment, in the caller's transaction (transactional outbox: an event exists if and only if its change
 * was committed). Delivery happens later, outside of any API request (see WebhookDispatcher).
 */
@ApplicationScoped
public class Events {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String establishment, EventType type, String recordType, Object recordId, Map<String, ?> data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type.code);
        payload.put("establishment", establishment);
        payload.put("recordType", recordType);
        payload.put("recordId", String.valueOf(recordId));
        payload.put("occurredAt", OffsetDateTime.now().toString());
        payload.put("data", data == null ? Map.of() : data);
        String json;
        try {
            json = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // One round trip: the event, and its deliveries (a data-modifying WITH runs whether or not a subscription matches).
        NativeWrite.to(em, "outbox_event", "WITH event AS (INSERT INTO outbox_event (establishment_code, event_type, "
                + "record_type, record_id, payload) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb)) RETURNING id) "
                + "INSERT INTO webhook_delivery (subscription_id, event_id, record_id) "
                + "SELECT s.id, event.id, ?4 FROM event, webhook_subscription s "
                + "WHERE s.establishment_code = ?1 AND s.active AND ?2 = ANY (s.event_types)")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("webhook_delivery")
                .setParameter(1, establishment).setParameter(2, type.code).setParameter(3, recordType)
                .setParameter(4, String.valueOf(recordId)).setParameter(5, json)
                .executeUpdate();
    }
}
