package quebec.maillon.common;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/**
 * Which failures are a database outage (503), on the exception chains seen under `make faults`; DatabaseOutageTest
 * covers the rest end to end. A commit cut by PostgreSQL shutting down is not reachable by stopping the server
 * between requests, so its chain is rebuilt here as Narayana and Agroal produce it.
 */
class DatabaseUnavailableTest {

    @Test
    void aCommitCutByTheServerShuttingDownIsAnOutage() {
        // ArcUndeclaredThrowableException → RollbackException, the XAException suppressed (not a cause) → PSQLException.
        XAException xa = new XAException("Error trying to transactionCommit local transaction: FATAL: terminating connection");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        Assertions.assertNotNull(DatabaseUnavailable.outage(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void refusedConnectionsAndThePoolsTimeoutAreOutages() {
        Assertions.assertNotNull(DatabaseUnavailable.outage(new GenericJDBCException("Unable to acquire JDBC Connection",
                new PSQLException("Connection to 127.0.0.1:55480 refused.", PSQLState.CONNECTION_UNABLE_TO_CONNECT))));
        Assertions.assertNotNull(DatabaseUnavailable.outage(new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"))));
        Assertions.assertNotNull(DatabaseUnavailable.outage(new SQLException("too many connections", "53300")));
    }

    @Test
    void aWriteOnAReadOnlyDatabaseIsAnOutageThatSaysSo() {
        // What PostgreSQL answers an INSERT on a streaming replica (make replica-pitr's reports instance).
        GenericJDBCException e = new GenericJDBCException("could not execute statement",
                new PSQLException("ERROR: cannot execute INSERT in a read-only transaction", PSQLState.NOT_IMPLEMENTED) {
                    @Override
                    public String getSQLState() {
                        return "25006";
                    }
                });
        Throwable outage = DatabaseUnavailable.outage(e);
        Assertions.assertNotNull(outage);
        Assertions.assertTrue(DatabaseUnavailable.isReadOnly(outage));
        Assertions.assertFalse(DatabaseUnavailable.isReadOnly(new SQLException("terminating connection", "57P01")));
    }

    @Test
    void otherDatabaseErrorsAreNotOutages() {
        Assertions.assertNull(DatabaseUnavailable.outage(new ConstraintViolationException("duplicate",
                new SQLException("duplicate key value", "23505"), "organization_neq_key")));
        Assertions.assertNull(DatabaseUnavailable.outage(new GenericJDBCException("syntax", new SQLException("syntax error", "42601"))));
        Assertions.assertNull(DatabaseUnavailable.outage(new IllegalStateException("something else")));
    }
}
