package quebec.maillon.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/** Starts one embedded PostgreSQL for the whole test run and points the datasource at it. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;
    private Context context;

    @Override
    public void setContext(Context context) {
        this.context = context;
    }

    @Override
    public Map<String, String> start() {
        if (unreachableDatabaseProfile()) {
            return Map.of("quarkus.datasource.jdbc.url", UnreachableDatabase.JDBC_URL,
                    "quarkus.datasource.username", "maillon",
                    "quarkus.datasource.password", "maillon");
        }
        postgres = EmbeddedPostgres.start(Path.of("target", "embedded-postgres").toAbsolutePath());
        postgres.createDatabase("maillon");
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl("maillon"),
                "quarkus.datasource.username", "maillon",
                "quarkus.datasource.password", "maillon",
                // For the tests that stop and restart the database (EmbeddedPostgres.attach).
                "maillon.test.postgres.bin", postgres.binDir().toString(),
                "maillon.test.postgres.data", postgres.dataDir().toString(),
                "maillon.test.postgres.port", String.valueOf(postgres.port()));
    }

    /** The test profile being started implements {@link UnreachableDatabase} (compared by name: class loaders differ). */
    private boolean unreachableDatabaseProfile() {
        String profile = context == null ? null : context.testProfile();
        if (profile == null) {
            return false;
        }
        try {
            for (Class<?> c = Class.forName(profile, false, Thread.currentThread().getContextClassLoader()); c != null;
                    c = c.getSuperclass()) {
                for (Class<?> i : c.getInterfaces()) {
                    if (i.getName().equals(UnreachableDatabase.class.getName())) {
                        return true;
                    }
                }
            }
        } catch (ClassNotFoundException e) {
            return false;
        }
        return false;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
