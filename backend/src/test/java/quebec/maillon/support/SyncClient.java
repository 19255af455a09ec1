package quebec.maillon.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A synchronizing client, as docs/sync.md tells one to be: a pass follows nextCursor to the last page, which carries
 * nextUpdatedSince, the updatedSince of the next pass.
 */
public final class SyncClient {

    /** The test profile's maillon.sync.horizon-margin. */
    public static final long MARGIN_MS = 250;

    private SyncClient() {
    }

    /** What one pass delivered, page after page. */
    public record Pass(List<Map<String, Object>> items, List<Map<String, Object>> deleted, String nextUpdatedSince, int pages) {

        public List<String> ids() {
            return items.stream().map(i -> (String) i.get("id")).toList();
        }
    }

    /** One whole pass of a list from {@code updatedSince} (null: none), with the given filters and page size. */
    public static Pass pass(String token, String path, Map<String, ?> filters, String updatedSince, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        List<Map<String, Object>> deleted = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        while (true) {
            RequestSpecification spec = given().auth().oauth2(token).queryParams(filters).queryParam("limit", limit);
            if (updatedSince != null) {
                spec.queryParam("updatedSince", updatedSince);
            }
            if (cursor != null) {
                spec.queryParam("cursor", cursor);
            }
            Response page = spec.when().get(path).then().statusCode(200).extract().response();
            pages++;
            items.addAll(page.path("items"));
            List<Map<String, Object>> gone = page.path("deleted");
            if (gone != null) {
                deleted.addAll(gone);
            }
            cursor = page.path("nextCursor");
            String next = page.path("nextUpdatedSince");
            if (cursor == null) {
                assertNotNull(next, "the last page of a pass carries nextUpdatedSince");
                return new Pass(items, deleted, next, pages);
            }
            assertNull(next, "only the last page of a pass carries nextUpdatedSince");
            if (pages > 10_000) {
                throw new AssertionError("a pass that does not end");
            }
        }
    }

    /**
     * Waits until what was committed so far is behind the horizon of a pass begun now: the margin, and a little more
     * (nothing else holds a transaction open in the tests).
     */
    public static void settle() {
        try {
            Thread.sleep(MARGIN_MS + 150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
