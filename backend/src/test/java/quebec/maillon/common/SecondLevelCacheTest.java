package quebec.maillon.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static quebec.maillon.support.Api.activity;
import static quebec.maillon.support.Api.createActivity;
import static quebec.maillon.support.Api.createIntervention;
import static quebec.maillon.support.Api.intervention;
import static quebec.maillon.support.Api.today;
import static quebec.maillon.support.Api.unique;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import quebec.maillon.reference.Territory;
import quebec.maillon.reference.TerritoryRepository;
import quebec.maillon.support.TestData;
import quebec.maillon.support.Tokens;

/**
 * Reference data stays in Hibernate's second-level cache across writes. Every write also writes the audit trail,
 * the idempotency record and the webhook outbox with native statements; they name their tables (NativeWrite), so
 * Hibernate no longer empties the whole cache before each of them.
 */
@QuarkusTest
class SecondLevelCacheTest {

    @Inject
    EntityManagerFactory emf;

    @Inject
    TerritoryRepository territories;

    @Test
    void auditedWritesKeepTheReferenceDataCached() {
        QuarkusTransaction.requiringNew().run(() -> territories.findById("LAN-JOLIETTE"));
        assertTrue(emf.getCache().contains(Territory.class, "LAN-JOLIETTE"), "a territory read once is cached");
        // Creating an intervention writes the record, its history, its audit entry and its webhook event.
        String id = createIntervention(Tokens.sophie(), intervention(unique("Cache"), "LAN-JOLIETTE", TestData.MARIE));
        assertTrue(emf.getCache().contains(Territory.class, "LAN-JOLIETTE"), "a create leaves the cache as it was");
        createActivity(Tokens.marie(), activity(id, today(), 45));
        assertTrue(emf.getCache().contains(Territory.class, "LAN-JOLIETTE"), "an activity (audit, events) leaves the cache as it was");
    }
}
