package quebec.maillon.organizer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import quebec.maillon.support.Tokens;

@QuarkusTest
class OrganizerResourceTest {

    private static String admin() {
        return Tokens.forRole("admin", "CISSS-LAN");
    }

    private static String body(String username, String name, String territory) {
        return "{\"username\":\"" + username + "\",\"name\":\"" + name + "\",\"email\":\"" + username
                + "@demo.maillon.quebec\",\"territories\":[\"" + territory + "\"]}";
    }

    @Test
    void firstCallRegistersTheOrganizerInTheDirectory() {
        String id = given().auth().oauth2(Tokens.marie()).when().get("/api/v1/me")
                .then().statusCode(200).body("organizerId", notNullValue()).extract().path("organizerId");
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizers/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Marie Tremblay"))
                .body("registered", equalTo(true))
                .header("ETag", notNullValue());
        given().auth().oauth2(Tokens.sophie()).queryParam("q", "TREMBLAY").when().get("/api/v1/organizers")
                .then().statusCode(200).body("items.name", hasItem("Marie Tremblay"));
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(Tokens.amelie()).queryParam("q", "amelie").when().get("/api/v1/organizers")
                .then().statusCode(200).body("items.name", hasItem("Amélie Roy"));
    }

    @Test
    void adminAddsAnOrganizerAheadOfTimeAndTheFirstLoginLinksIt() {
        String username = "julie.morin." + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(admin()).contentType("application/json")
                .body(body(username, "Julie Morin", "LAN-MONTCALM"))
                .when().post("/api/v1/organizers")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/organizers/"))
                .body("registered", equalTo(false))
                .extract().path("id");
        String token = Tokens.person(username, "Julie Morin", "organizer", "CISSS-LAN", List.of("LAN-MONTCALM")).sign();
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).body("organizerId", equalTo(id));
        given().auth().oauth2(admin()).when().get("/api/v1/organizers/" + id).then().body("registered", equalTo(true));
    }

    @Test
    void concurrentFirstCallsOfOnePersonAllSucceed() throws Exception {
        // The web client's first page sends several requests at once; each finds the entry to create or link.
        String username = "lea.pelletier." + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin()).contentType("application/json")
                .body(body(username, "Léa Pelletier", "LAN-JOLIETTE"))
                .when().post("/api/v1/organizers").then().statusCode(201);
        String linked = Tokens.person(username, "Léa Pelletier", "organizer", "CISSS-LAN", List.of("LAN-JOLIETTE")).sign();
        String fresh = Tokens.person("nouveau." + UUID.randomUUID().toString().substring(0, 8), "Nouvelle Personne", "organizer",
                "CISSS-LAN", List.of("LAN-JOLIETTE")).sign();
        for (String token : List.of(linked, fresh)) {
            List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
            for (String path : List.of("/api/v1/me", "/api/v1/activities/timesheet", "/api/v1/organizers/me",
                    "/api/v1/activities/timesheet", "/api/v1/organizers/me", "/api/v1/me")) {
                calls.add(() -> given().auth().oauth2(token).when().get(path).then().extract().statusCode());
            }
            var pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
            try {
                for (var status : pool.invokeAll(calls)) {
                    org.junit.jupiter.api.Assertions.assertEquals(200, status.get());
                }
            } finally {
                pool.shutdown();
            }
            given().auth().oauth2(token).when().get("/api/v1/organizers/me").then().statusCode(200).body("registered", equalTo(true));
        }
    }

    @Test
    void manyPeopleLoggingInAtOnceAllSucceed() throws Exception {
        // Monday morning: more people than the connection pool has connections open the client at the same time, each
        // sending its first requests at once. Registering each one must not hold a second connection while waiting
        // for it: the pool would run dry (every request waiting for a connection that another waiting request holds).
        List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
        List<String> tokens = new java.util.ArrayList<>();
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < 24; i++) {
            String token = Tokens.person("matin." + i + "." + UUID.randomUUID().toString().substring(0, 8), "Personne " + i, "organizer",
                    "CISSS-LAN", List.of("LAN-JOLIETTE")).sign();
            tokens.add(token);
            for (String path : List.of("/api/v1/me", "/api/v1/activities/timesheet", "/api/v1/organizers/me", "/api/v1/me")) {
                calls.add(() -> {
                    start.await();
                    return given().auth().oauth2(token).when().get(path).then().extract().statusCode();
                });
            }
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(calls.size());
        try {
            List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
            for (var call : calls) {
                results.add(pool.submit(call));
            }
            start.countDown();
            for (var status : results) {
                org.junit.jupiter.api.Assertions.assertEquals(200, status.get());
            }
        } finally {
            pool.shutdown();
        }
        for (String token : tokens) {
            given().auth().oauth2(token).when().get("/api/v1/organizers/me").then().statusCode(200).body("registered", equalTo(true));
        }
    }

    @Test
    void duplicateUsernameIsAConflict() {
        String username = "dup." + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(admin()).contentType("application/json").body(body(username, "A B", "LAN-JOLIETTE"))
                .when().post("/api/v1/organizers").then().statusCode(201);
        given().auth().oauth2(admin()).contentType("application/json").body(body(username, "A B", "LAN-JOLIETTE"))
                .when().post("/api/v1/organizers").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void invalidInputNamesEachFieldAndWritesNothing() {
        given().auth().oauth2(admin()).contentType("application/json")
                .body("{\"username\":\"Not Valid\",\"name\":\"\",\"email\":\"no-at-sign\",\"territories\":[\"NIM-AMN\"]}")
                .when().post("/api/v1/organizers")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("email"));
        given().auth().oauth2(admin()).contentType("application/json")
                .body(body("ok.name", "Ok Name", "NIM-AMN"))
                .when().post("/api/v1/organizers")
                .then().statusCode(422).body("errors[0].field", equalTo("territories[0]"));
        given().auth().oauth2(admin()).queryParam("q", "ok name").when().get("/api/v1/organizers")
                .then().body("items.username", not(hasItem("ok.name")));
    }

    @Test
    void updatesNeedTheCurrentEtag() {
        String username = "etag." + UUID.randomUUID().toString().substring(0, 8);
        String id = given().auth().oauth2(admin()).contentType("application/json").body(body(username, "E T", "LAN-JOLIETTE"))
                .when().post("/api/v1/organizers").then().statusCode(201).extract().path("id");
        String etag = given().auth().oauth2(admin()).when().get("/api/v1/organizers/" + id).then().extract().header("ETag");
        String deactivate = "{\"username\":\"" + username + "\",\"name\":\"E T\",\"territories\":[\"LAN-JOLIETTE\"],\"active\":false}";
        given().auth().oauth2(admin()).contentType("application/json").body(deactivate)
                .when().put("/api/v1/organizers/" + id).then().statusCode(428);
        given().auth().oauth2(admin()).contentType("application/json").header("If-Match", etag).body(deactivate)
                .when().put("/api/v1/organizers/" + id).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(admin()).contentType("application/json").header("If-Match", etag).body(deactivate)
                .when().put("/api/v1/organizers/" + id).then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void anotherEstablishmentsOrganizerIsNotFound() {
        String id = given().auth().oauth2(Tokens.amelie()).when().get("/api/v1/me").then().extract().path("organizerId");
        given().auth().oauth2(Tokens.sophie()).when().get("/api/v1/organizers/" + id).then().statusCode(404);
    }

    @Test
    void onlyAdminsManageTheDirectoryAndReportingSeesNoPeople() {
        given().auth().oauth2(Tokens.marie()).contentType("application/json").body(body("x.y", "X Y", "LAN-JOLIETTE"))
                .when().post("/api/v1/organizers").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.client("maillon-reporting-lan", "reporting", "CISSS-LAN"))
                .when().get("/api/v1/organizers").then().statusCode(403);
    }
}
