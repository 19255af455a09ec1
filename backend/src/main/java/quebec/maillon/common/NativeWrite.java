package quebec.maillon.common;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/**
 * A native INSERT, UPDATE or DELETE that names the table it writes. Hibernate cannot tell what a native statement
 * changes, so without the table it empties every region of its second-level cache before running it — the reference
 * data (territories, codes: {@code @Cacheable}) was read again from PostgreSQL after every audited write. Named, only
 * the entities of that table are evicted (none for the tables that have no cached entity).
 *
 * <p>Naming the table also narrows Hibernate's automatic flush to the entities of that table; the statements written
 * here often refer to a record created just before in the same transaction (a history row, an audit entry), so the
 * session is flushed first, as Hibernate did for an unnamed native statement.
 */
public final class NativeWrite {

    private NativeWrite() {
    }

    /** {@code sql} (positional parameters ?1, ?2…) writing {@code table}. */
    public static Query to(EntityManager em, String table, String sql) {
        em.flush();
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace(table);
    }
}
