package quebec.maillon.common;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code nextCursor} is opaque; pass it back as {@code cursor} for the next page; it is
 * absent on the last page. Subclass it per item type so that the contract names each page schema.
 */
public class Page<T> {

    @Schema(description = "The records of this page, in the list's stable order.")
    public List<T> items;

    @Schema(description = "Opaque cursor of the next page; absent on the last page.", examples = "eyJrIjpbIjIwMjYtMTEtMjMiXX0")
    public String nextCursor;

    public Page() {
    }

    public Page(List<T> items, String nextCursor) {
        this.items = items;
        this.nextCursor = nextCursor;
    }
}
