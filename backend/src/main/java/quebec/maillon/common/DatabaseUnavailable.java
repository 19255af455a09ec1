package quebec.maillon.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * PostgreSQL unreachable → 503, never 500. When the database is stopped, restarting, refusing connections, or the
 * connection drops in the middle of a request, the API answers {@code 503 application/problem+json} with
 * {@code Retry-After}, and recovers by itself once the database is back (the pool drops broken connections and
 * validates idle ones before use; see {@code quarkus.datasource.jdbc.*} in application.properties). Readiness
 * ({@code /q/health/ready}) is DOWN meanwhile, liveness stays UP.
 *
 * <p>Recognised anywhere among the causes and suppressed exceptions: Hibernate's {@code JDBCConnectionException}; JDBC's connection
 * exceptions ({@link SQLTransientConnectionException}, {@link SQLNonTransientConnectionException}); any
 * {@link SQLException} of SQLState class 08 (connection exception), 57P01..57P03 (server shutting down, crash
 * recovery, cannot connect now) or 53300 (too many connections); the pool's acquisition timeout; 25006 (a write sent
 * to a database that accepts reads only: a streaming replica, or a primary during a failover), which answers the same
 * 503 with a detail saying so, since the write can succeed once the writes go to the primary again.
 *
 * <p>This mapper takes every exception that {@link ProblemMappers} would otherwise see in its catch-all; anything
 * that is not a database outage goes to {@link ProblemMappers#unexpected} unchanged (409 for constraints, 412 for
 * concurrent changes, 500 otherwise). More specific mappers (problems, validation, security, JSON) are untouched.
 */
public class DatabaseUnavailable {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailable.class);

    /** Seconds a client should wait before retrying: the pool retries a connection at least that often. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public static final String DETAIL = "The database is unavailable at the moment (unreachable or overloaded), so the "
            + "request was not completed. "
            + "Retry in a few seconds; a create retried with the same Idempotency-Key is never recorded twice.";

    public static final String READ_ONLY_DETAIL = "The database accepts reads only at the moment (a replica, or a "
            + "failover in progress), so nothing was written. Retry in a few seconds; a create retried with the same "
            + "Idempotency-Key is never recorded twice.";

    @Inject
    ProblemMappers problems;

    @ServerExceptionMapper
    public Response map(Exception e, UriInfo uri) {
        Throwable outage = outage(e);
        if (outage == null) {
            if (find(e, DatabaseUnavailable::isConcurrencyFailure) != null) {
                // Two transactions on the same records at the same moment (deadlock, serialization failure): PostgreSQL
                // rolled this one back, nothing was written; the caller may read again and retry.
                LOG.infof("Concurrent change on %s: %s", path(uri), e);
                return Response.fromResponse(Problems.response(409, "concurrent-change", "Conflict",
                        "Another change to the same record was being saved at the same moment, so this one was not "
                                + "written. Read the record again and retry.", path(uri), null))
                        .header("Retry-After", 1).build();
            }
            return problems.unexpected(e, uri);
        }
        LOG.warnf("Database unavailable on %s: %s", path(uri), outage);
        if (isReadOnly(outage)) {
            return Response.fromResponse(Problems.response(503, "database-unavailable", "Service Unavailable",
                    READ_ONLY_DETAIL, path(uri), null)).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        return response(path(uri));
    }

    /** The 503 problem detail with Retry-After. */
    public static Response response(String instance) {
        return Response.fromResponse(Problems.response(503, "database-unavailable", "Service Unavailable", DETAIL,
                instance, null)).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    /**
     * The exception that shows the database is unreachable, or null when it is something else. Looks through the
     * causes, the suppressed exceptions (a commit that fails on a dropped connection is a RollbackException whose
     * XAException is suppressed, not a cause) and JDBC's chained exceptions.
     */
    public static Throwable outage(Throwable e) {
        return find(e, DatabaseUnavailable::isOutage);
    }

    private static Throwable find(Throwable e, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty() && seen.size() < 100) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return t;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(Arrays.asList(t.getSuppressed()));
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return null;
    }

    /** Deadlock detected (40P01) or serialization failure (40001): the transaction was rolled back, safe to retry. */
    private static boolean isConcurrencyFailure(Throwable t) {
        return t instanceof SQLException sql && ("40P01".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()));
    }

    private static boolean isOutage(Throwable t) {
        if (t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                    || state.equals("57P03") || state.equals("53300") || state.equals("25006"))) {
                return true;
            }
            // Agroal: no connection became available within quarkus.datasource.jdbc.acquisition-timeout.
            return state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
        }
        return false;
    }

    /** SQLState 25006 read_only_sql_transaction: a write on a hot standby or a read-only transaction. */
    static boolean isReadOnly(Throwable t) {
        return t instanceof SQLException sql && "25006".equals(sql.getSQLState());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
