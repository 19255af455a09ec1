package quebec.maillon.common;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The values of an {@code in (…)} condition of a JPQL query, each bound as its own parameter ({@code :ids0, :ids1, …}).
 *
 * <p>Why not one list-valued parameter ({@code in :ids})? Hibernate does not keep the SQL it translated a query into
 * when the query has a list-valued parameter: it translates the query again at every execution (Hibernate 7:
 * {@code SqmInterpretationsKey}), which was the largest single cost of the API's CPU under the load mix (the triage
 * queue, an organizer's interventions; bench/README.md, "Load mix"). With one parameter per value the query is
 * translated once per shape. The values are padded to the next power of two (the last one repeated, which does not
 * change the condition), so that a query takes a handful of shapes, not one per list length.
 */
public final class InList {

    private final String name;
    private final List<Object> values;

    private InList(String name, List<Object> values) {
        this.name = name;
        this.values = values;
    }

    /** {@code values} (repeats dropped, not empty) as the parameters {@code :name0, :name1, …}. */
    public static InList of(String name, Collection<?> values) {
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(values));
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("an in (…) condition needs at least one value: :" + name);
        }
        int size = Integer.highestOneBit(distinct.size());
        if (size < distinct.size()) {
            size <<= 1;
        }
        Object last = distinct.get(distinct.size() - 1);
        while (distinct.size() < size) {
            distinct.add(last);
        }
        return new InList(name, List.copyOf(distinct));
    }

    /** The parenthesized list of parameters, for {@code "… in " + list.placeholders()}. */
    public String placeholders() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < values.size(); i++) {
            sb.append(i == 0 ? ":" : ", :").append(name).append(i);
        }
        return sb.append(')').toString();
    }

    /** Binds the values on Panache parameters. */
    public Parameters addTo(Parameters parameters) {
        for (int i = 0; i < values.size(); i++) {
            parameters.and(name + i, values.get(i));
        }
        return parameters;
    }

    /** Binds the values on a query. */
    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(name + i, values.get(i));
        }
        return query;
    }
}
