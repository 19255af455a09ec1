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
import java.util.UUID;
import java.util.function.Function;
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

    /**
     * Creates a record once per key: {@code create} is given the id the record must have and returns it. Without a key,
     * simply creates it; with a key already used for the same operation and body, answers the record created then
     * (replayed); with a key used for something else, 422.
     */
    @Transactional
    public Outcome create(Actor actor, String key, String operation, Object body, Function<UUID, UUID> create) {
        UUID id = UUID.randomUUID();
        if (key == null) {
            return new Outcome(create.apply(id).toString(), false);
        }
        if (!key.matches("[\\x21-\\x7E]{1,200}")) {
            throw ProblemException.validation(List.of(new Problem.FieldError(HEADER,
                    "must be 1 to 200 visible ASCII characters (a UUID is a good key)")));
        }
        String hash = hash(operation, body);
        if (!reserve(actor.subject(), key, operation, hash, id)) {
            Object[] row = (Object[]) em.createNativeQuery("SELECT operation, request_hash, resource_id FROM idempotency_record "
                    + "WHERE actor_subject = ?1 AND idempotency_key = ?2")
                    .setParameter(1, actor.subject()).setParameter(2, key).getSingleResult();
            if (!operation.equals(row[0]) || !hash.equals(row[1])) {
                throw new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                        "This Idempotency-Key was already used for a different request. Use a new key for a new request.");
            }
            return new Outcome((String) row[2], true);
        }
        UUID created = create.apply(id);
        if (!id.equals(created)) {
            throw new IllegalStateException("the create gave its record the id " + created + " instead of " + id);
        }
        return new Outcome(id.toString(), false);
    }

    /**
     * Reserves the key for the record about to be created with {@code id}; false when the key was already taken. The
     * key is stored complete (status 201, the record's id) in the same transaction as the create: nobody sees it before
     * both commit, and both vanish together on a rollback, so no second statement completes it afterwards. The same
     * round trip reads the transaction's now() for {@link DbClock}: the create that follows stamps its record without
     * asking the database again.
     */
    private boolean reserve(String subject, String key, String operation, String hash, UUID id) {
        em.flush();
        OffsetDateTime now = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO idempotency_record (actor_subject, "
                    + "idempotency_key, operation, request_hash, status, resource_id) VALUES (?, ?, ?, ?, 201, ?) "
                    + "ON CONFLICT DO NOTHING RETURNING now()")) {
                st.setString(1, subject);
                st.setString(2, key);
                st.setString(3, operation);
                st.setString(4, hash);
                st.setString(5, id.toString());
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
