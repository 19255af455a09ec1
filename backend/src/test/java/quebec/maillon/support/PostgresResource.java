package quebec.maillon.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/** Starts one embedded PostgreSQL for the whole test run and points the datasource at it. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
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

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
