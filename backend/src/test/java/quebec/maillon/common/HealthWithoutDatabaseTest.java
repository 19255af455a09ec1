package quebec.maillon.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.UnreachableDatabase;

/**
 * An API whose PostgreSQL is unreachable is alive (a restart would not help) but not ready (a load balancer must stop
 * sending it requests); it starts all the same.
 */
@QuarkusTest
@TestProfile(HealthWithoutDatabaseTest.DatabaseUnreachable.class)
class HealthWithoutDatabaseTest {

    /** PostgresResource starts no database for this profile and points the datasource where nothing listens. */
    public static class DatabaseUnreachable implements QuarkusTestProfile, UnreachableDatabase {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.acquisition-timeout", "2s",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.scheduler.enabled", "false");
        }
    }

    @Test
    void readinessIsDownAndLivenessUpWhenTheDatabaseIsUnreachable() {
        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.status", hasItem("DOWN"));
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"));
        given().when().get("/q/health")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"));
    }
}
