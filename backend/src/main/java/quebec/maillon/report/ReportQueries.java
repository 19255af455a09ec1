package quebec.maillon.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The SQL of the reports, on a plain JDBC connection (no CDI, no Hibernate): the API runs it through its pool, and
 * the benchmark (bench/) runs the very same statements directly to measure the floor.
 *
 * <p>Definitions (the contract repeats them):
 * <ul>
 * <li><b>activities in scope</b>: activities of the establishment dated from {@code from} to {@code to} inclusive;
 * with a territory, those whose <i>territory</i> is it. An activity's territory is its intervention's territory,
 * or for an activity logged on a concertation, the concertation's territory unless the concertation is REGIONAL
 * (regional concertations have no territory: they count in establishment-wide reports only).</li>
 * <li>an activity's <b>concertation</b> is the one it is logged on, or the concertation of its intervention.</li>
 * <li>every figure is drawn from the activities in scope (work in the period), except requests.</li>
 * </ul>
 */
public final class ReportQueries {

    /** Québec's time zone: a transition's date is its local date. */
    public static final String ZONE = "America/Toronto";
    static final String DECISIONS = "('ACCEPTED', 'REFUSED', 'WAITLISTED')";
    static final int TIMEOUT_SECONDS = 120;

    private ReportQueries() {
    }

    /** Activity figures of a scope: see the class comment and the API description for the definitions. */
    public record Figures(long activities, long minutes, long organizers, long interventions, long concertationPlaces,
            long communityOrganizationsSupported, long municipalitiesAndSchools) {
    }

    /** Request figures: received in the period, and first decided in the period (split by that decision). */
    public record RequestFigures(long received, long decided, long accepted, long refused, long waitlisted,
            Double medianDaysToDecision, Map<String, Long> refusalReasons) {
    }

    /** One breakdown row; {@code code} null is the row of activities without a value for the dimension. */
    public record Row(String code, long activities, BigDecimal minutes, long interventions, long concertations,
            long organizations, long organizers) {
    }

    public record Breakdown(List<Row> rows, Row total) {
    }

    /** One activity of the CSV export. Exactly one of interventionId and concertationId is set. */
    public record ActivityLine(LocalDate date, UUID id, UUID organizerId, String organizerName, UUID interventionId,
            UUID concertationId, String title, String territory, String serviceOffer, int minutes, String acts,
            Integer participants) {
    }

    @FunctionalInterface
    public interface ActivitySink {
        void accept(ActivityLine line) throws IOException;
    }

    /** The territory an activity counts in (null for activities of regional concertations). */
    static final String ACTIVITY_TERRITORY = "CASE WHEN a.intervention_id IS NOT NULL THEN i.territory_code "
            + "WHEN c.scope <> 'REGIONAL' THEN c.territory_code END";

    /** The activities in scope, with what the reports need of their intervention or concertation. */
    static String activitiesInScope(ReportScope scope) {
        return """
                act AS (
                    SELECT a.id, a.occurred_on, a.duration_minutes AS minutes, a.organizer_id, a.intervention_id,
                           COALESCE(a.concertation_id, i.concertation_id) AS concertation_id,
                           %s AS territory_code,
                           i.service_offer_code, i.axis_code
                    FROM activity a
                    LEFT JOIN intervention i ON i.id = a.intervention_id AND i.establishment_code = a.establishment_code
                    LEFT JOIN concertation c ON c.id = a.concertation_id AND c.establishment_code = a.establishment_code
                    WHERE a.establishment_code = :e AND a.occurred_on BETWEEN :from AND :to%s
                )""".formatted(ACTIVITY_TERRITORY, scope.territory() == null ? "" : "\n      AND " + ACTIVITY_TERRITORY + " = :t");
    }

    static Map<String, Object> params(ReportScope scope) {
        Map<String, Object> p = new HashMap<>();
        p.put("e", scope.establishment());
        p.put("from", scope.from());
        p.put("to", scope.to());
        if (scope.territory() != null) {
            p.put("t", scope.territory());
        }
        return p;
    }

    static String figuresSql(ReportScope scope) {
        return "WITH " + activitiesInScope(scope) + """
                ,
                ints AS (SELECT DISTINCT intervention_id FROM act WHERE intervention_id IS NOT NULL),
                concs AS (SELECT DISTINCT concertation_id FROM act WHERE concertation_id IS NOT NULL),
                supported AS (
                    SELECT DISTINCT o.id, o.type_code
                    FROM ints
                    JOIN intervention_organization io ON io.intervention_id = ints.intervention_id
                    JOIN organization o ON o.id = io.organization_id AND o.establishment_code = :e
                ),
                members AS (
                    SELECT DISTINCT o.id
                    FROM concs
                    JOIN concertation_member m ON m.concertation_id = concs.concertation_id
                    JOIN organization o ON o.id = m.organization_id AND o.establishment_code = :e
                    WHERE m.joined_on <= :to AND (m.left_on IS NULL OR m.left_on >= :from)
                      AND o.type_code IN ('MUNICIPALITY', 'SCHOOL')
                ),
                totals AS (SELECT count(*) AS activities, coalesce(sum(minutes), 0) AS minutes,
                                  count(DISTINCT organizer_id) AS organizers FROM act)
                SELECT totals.activities, totals.minutes, totals.organizers,
                       (SELECT count(*) FROM ints) AS interventions,
                       (SELECT count(*) FROM concs) AS concertations,
                       (SELECT count(*) FROM supported WHERE type_code IN ('COMMUNITY_ORGANIZATION', 'NON_PROFIT')) AS community,
                       (SELECT count(*) FROM (SELECT id FROM supported WHERE type_code IN ('MUNICIPALITY', 'SCHOOL')
                                              UNION SELECT id FROM members) u) AS municipal
                FROM totals""";
    }

    public static Figures figures(Connection c, ReportScope scope) throws SQLException {
        try (PreparedStatement ps = NamedSql.parse(figuresSql(scope)).prepare(c, params(scope))) {
            ps.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Figures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7));
            }
        }
    }

    static String requestsSql(ReportScope scope) {
        String territory = scope.territory() == null ? "" : " AND r.territory_code = :t";
        return """
                WITH decision AS (
                    SELECT t.to_status, COALESCE(t.reason_code, r.refusal_reason_code) AS reason,
                           (t.occurred_at AT TIME ZONE '%1$s')::date - r.received_on AS days
                    FROM request_transition t
                    JOIN service_request r ON r.id = t.request_id
                    WHERE r.establishment_code = :e%2$s
                      AND t.to_status IN %3$s
                      AND t.occurred_at >= (CAST(:from AS date)::timestamp AT TIME ZONE '%1$s')
                      AND t.occurred_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE '%1$s')
                      AND NOT EXISTS (SELECT 1 FROM request_transition p
                                      WHERE p.request_id = t.request_id AND p.to_status IN %3$s
                                        AND (p.occurred_at, p.id) < (t.occurred_at, t.id))
                )
                SELECT (SELECT count(*) FROM service_request r
                        WHERE r.establishment_code = :e AND r.received_on BETWEEN :from AND :to%2$s) AS received,
                       count(*) AS decided,
                       count(*) FILTER (WHERE to_status = 'ACCEPTED') AS accepted,
                       count(*) FILTER (WHERE to_status = 'REFUSED') AS refused,
                       count(*) FILTER (WHERE to_status = 'WAITLISTED') AS waitlisted,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days,
                       array_agg(coalesce(reason, '')) FILTER (WHERE to_status = 'REFUSED') AS reasons
                FROM decision""".formatted(ZONE, territory, DECISIONS);
    }

    public static RequestFigures requests(Connection c, ReportScope scope) throws SQLException {
        try (PreparedStatement ps = NamedSql.parse(requestsSql(scope)).prepare(c, params(scope))) {
            ps.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                double median = rs.getDouble(6);
                Double medianDays = rs.wasNull() ? null : median;
                Map<String, Long> reasons = new TreeMap<>();
                Array array = rs.getArray(7);
                if (array != null) {
                    for (Object reason : (Object[]) array.getArray()) {
                        reasons.merge(reason == null ? "" : reason.toString(), 1L, Long::sum);
                    }
                }
                return new RequestFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        medianDays, reasons);
            }
        }
    }

    /** The rows of a dimension: (code, activity, minutes counted in that row) for each activity in scope. */
    static String dimensionSql(Dimension d) {
        String plain = "SELECT %s AS code, act.id, act.minutes::numeric AS minutes, act.intervention_id, act.concertation_id, act.organizer_id FROM act";
        return switch (d) {
            case territory -> plain.formatted("coalesce(act.territory_code, '')");
            case serviceOffer -> plain.formatted("coalesce(act.service_offer_code, '')");
            case axis -> plain.formatted("coalesce(act.axis_code, '')");
            case organizer -> plain.formatted("act.organizer_id::text");
            case month -> plain.formatted("to_char(act.occurred_on, 'YYYY-MM')");
            case fiscalPeriod -> plain.formatted("'FY' || f.y || '-' || (f.y + 1) || '-P' || "
                    + "lpad(least(13, (act.occurred_on - make_date(f.y, 4, 1)) / 28 + 1)::text, 2, '0')")
                    + " CROSS JOIN LATERAL (SELECT extract(year FROM act.occurred_on - interval '3 months')::int AS y) f";
            case interventionType -> joined("intervention_type");
            case determinant -> joined("intervention_determinant");
            case population -> joined("intervention_population");
            case professionalAct -> """
                    SELECT coalesce(x.code, '') AS code, act.id, act.minutes::numeric / count(*) OVER (PARTITION BY act.id) AS minutes,
                           act.intervention_id, act.concertation_id, act.organizer_id
                    FROM act LEFT JOIN activity_act x ON x.activity_id = act.id""";
        };
    }

    private static String joined(String table) {
        return "SELECT coalesce(x.code, '') AS code, act.id, act.minutes::numeric AS minutes, act.intervention_id, "
                + "act.concertation_id, act.organizer_id FROM act LEFT JOIN " + table + " x ON x.intervention_id = act.intervention_id";
    }

    static String breakdownSql(ReportScope scope, Dimension d) {
        return "WITH " + activitiesInScope(scope) + ",\ndim AS (" + dimensionSql(d) + "),\n" + """
                agg AS (
                    SELECT code, count(*) AS activities, sum(minutes) AS minutes,
                           count(DISTINCT intervention_id) AS interventions, count(DISTINCT concertation_id) AS concertations,
                           count(DISTINCT organizer_id) AS organizers
                    FROM dim GROUP BY code
                ),
                orgs AS (
                    SELECT d.code, count(DISTINCT io.organization_id) AS organizations
                    FROM (SELECT DISTINCT code, intervention_id FROM dim WHERE intervention_id IS NOT NULL) d
                    JOIN intervention_organization io ON io.intervention_id = d.intervention_id
                    JOIN organization o ON o.id = io.organization_id AND o.establishment_code = :e
                    GROUP BY d.code
                )
                SELECT false AS total, agg.code, agg.activities, agg.minutes, agg.interventions, agg.concertations,
                       coalesce(orgs.organizations, 0) AS organizations, agg.organizers
                FROM agg LEFT JOIN orgs ON orgs.code = agg.code
                UNION ALL
                SELECT true, NULL, count(*), coalesce(sum(minutes), 0)::numeric, count(DISTINCT intervention_id),
                       count(DISTINCT concertation_id),
                       (SELECT count(DISTINCT io.organization_id)
                        FROM (SELECT DISTINCT intervention_id FROM act) ints
                        JOIN intervention_organization io ON io.intervention_id = ints.intervention_id
                        JOIN organization o ON o.id = io.organization_id AND o.establishment_code = :e),
                       count(DISTINCT organizer_id)
                FROM act""";
    }

    public static Breakdown breakdown(Connection c, ReportScope scope, Dimension d) throws SQLException {
        try (PreparedStatement ps = NamedSql.parse(breakdownSql(scope, d)).prepare(c, params(scope))) {
            ps.setQueryTimeout(TIMEOUT_SECONDS);
            List<Row> rows = new ArrayList<>();
            Row total = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(2);
                    Row row = new Row(code == null || code.isEmpty() ? null : code, rs.getLong(3), rs.getBigDecimal(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8));
                    if (rs.getBoolean(1)) {
                        total = row;
                    } else {
                        rows.add(row);
                    }
                }
            }
            return new Breakdown(rows, total);
        }
    }

    static String exportSql(ReportScope scope) {
        return """
                SELECT a.occurred_on, a.id, a.organizer_id, g.name, a.intervention_id, a.concertation_id,
                       coalesce(i.title, c.name) AS title, %s AS territory_code, i.service_offer_code,
                       a.duration_minutes,
                       (SELECT string_agg(x.code, '|' ORDER BY x.code) FROM activity_act x WHERE x.activity_id = a.id) AS acts,
                       a.participants
                FROM activity a
                JOIN organizer g ON g.id = a.organizer_id
                LEFT JOIN intervention i ON i.id = a.intervention_id AND i.establishment_code = a.establishment_code
                LEFT JOIN concertation c ON c.id = a.concertation_id AND c.establishment_code = a.establishment_code
                WHERE a.establishment_code = :e AND a.occurred_on BETWEEN :from AND :to%s
                ORDER BY a.occurred_on, a.id""".formatted(ACTIVITY_TERRITORY,
                scope.territory() == null ? "" : "\n  AND " + ACTIVITY_TERRITORY + " = :t");
    }

    /**
     * Streams the activities in scope, in date order, through a server-side cursor ({@code fetchSize} rows at a
     * time): memory stays flat whatever the number of rows. Needs a connection with auto-commit off (the cursor
     * lives in a transaction); the caller ends it. Returns the number of rows.
     */
    public static long exportActivities(Connection c, ReportScope scope, int fetchSize, ActivitySink sink) throws SQLException {
        if (c.getAutoCommit()) {
            throw new IllegalStateException("the export needs a connection with auto-commit off (a cursor)");
        }
        long count = 0;
        try (PreparedStatement ps = NamedSql.parse(exportSql(scope)).prepare(c, params(scope))) {
            ps.setFetchSize(fetchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int participants = rs.getInt(12);
                    Integer p = rs.wasNull() ? null : participants;
                    sink.accept(new ActivityLine(rs.getObject(1, LocalDate.class), rs.getObject(2, UUID.class),
                            rs.getObject(3, UUID.class), rs.getString(4), rs.getObject(5, UUID.class),
                            rs.getObject(6, UUID.class), rs.getString(7), rs.getString(8), rs.getString(9), rs.getInt(10),
                            rs.getString(11), p));
                    count++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count;
    }

    /** Labels of a reference list: code → {labelFr, labelEn}, in the list's order. */
    public static Map<String, String[]> referenceLabels(Connection c, String kind) throws SQLException {
        Map<String, String[]> labels = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, label_fr, label_en, active FROM reference_item WHERE kind = ? ORDER BY sort_order, code")) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getBoolean(4) ? "1" : "0"});
                }
            }
        }
        return labels;
    }
}
