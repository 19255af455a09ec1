package quebec.maillon.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;

/**
 * Idempotent creates (the Idempotency-Key header of POST). The key is reserved in the same transaction as the
 * create, so a retried or concurrent request with the same key and body answers the record created first,
 * never a duplicate; the same key with another body is refused.
 */
@ApplicationScoped
public class IdempotencyService {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    /** The created record's id, and whether this answer replays an earlier request. */
    public record Outcome(String id, boolean replayed) {
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    DbClock clock;

    @Transactional
    public Outcome create(Actor actor, String key, String operation, Object body, Supplier<String> create) {
        if (key == null) {
            return new Outcome(create.get(), false);
        }
        if (!key.matches("[\\x21-\\x7E]{1,200}")) {
            throw ProblemException.validation(List.of(new Problem.FieldError(HEADER,
                    "must be 1 to 200 visible ASCII characters (a UUID is a good key)")));
        }
        String hash = hash(operation, body);
        if (!reserve(actor.subject(), key, operation, hash)) {
            Object[] row = (Object[]) em.createNativeQuery("SELECT operation, request_hash, resource_id FROM idempotency_record "
                    + "WHERE actor_subject = ?1 AND idempotency_key = ?2")
                    .setParameter(1, actor.subject()).setParameter(2, key).getSingleResult();
            if (!operation.equals(row[0]) || !hash.equals(row[1])) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                        "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
            }
            return new Outcome((String) row[2], true);
        }
        String id = create.get();
        NativeWrite.to(em, "idempotency_record", "UPDATE idempotency_record SET status = 201, resource_id = ?3 "
                + "WHERE actor_subject = ?1 AND idempotency_key = ?2")
                .setParameter(1, actor.subject()).setParameter(2, key).setParameter(3, id).executeUpdate();
        return new Outcome(id, false);
    }

    /**
     * Reserves the key; false when it was already taken. The same round trip reads the transaction's now() for
     * {@link DbClock}: the create that follows stamps its record without asking the database again.
     */
    private boolean reserve(String subject, String key, String operation, String hash) {
        em.flush();
        OffsetDateTime now = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO idempotency_record (actor_subject, "
                    + "idempotency_key, operation, request_hash, status) VALUES (?, ?, ?, ?, 0) ON CONFLICT DO NOTHING "
                    + "RETURNING now()")) {
                st.setString(1, subject);
                st.setString(2, key);
                st.setString(3, operation);
                st.setString(4, hash);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getObject(1, OffsetDateTime.class) : null;
                }
            }
        });
        if (now == null) {
            return false;
        }
        clock.remember(now);
        return true;
    }

    private String hash(String operation, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
