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
                g AS (SELECT intervention_id, concertation_id, organizer_id, count(*) AS n, sum(minutes) AS m
                      FROM act GROUP BY intervention_id, concertation_id, organizer_id),
                ints AS (SELECT DISTINCT intervention_id FROM g WHERE intervention_id IS NOT NULL),
                concs AS (SELECT DISTINCT concertation_id FROM g WHERE concertation_id IS NOT NULL),
                supported AS (
                    SELECT DISTINCT io.organization_id AS id
                    FROM ints JOIN intervention_organization io ON io.intervention_id = ints.intervention_id
                ),
                members AS (
                    SELECT DISTINCT m.organization_id AS id
                    FROM concs JOIN concertation_member m ON m.concertation_id = concs.concertation_id
                    WHERE m.joined_on <= :to AND (m.left_on IS NULL OR m.left_on >= :from)
                ),
                orgs AS (
                    SELECT id, type_code FROM organization
                    WHERE establishment_code = :e AND type_code IN ('COMMUNITY_ORGANIZATION', 'NON_PROFIT', 'MUNICIPALITY', 'SCHOOL')
                )
                SELECT coalesce((SELECT sum(n) FROM g), 0) AS activities,
                       coalesce((SELECT sum(m) FROM g), 0) AS minutes,
                       (SELECT count(*) FROM (SELECT DISTINCT organizer_id FROM g) x) AS organizers,
                       (SELECT count(*) FROM ints) AS interventions,
                       (SELECT count(*) FROM concs) AS concertations,
                       (SELECT count(*) FROM supported s JOIN orgs o ON o.id = s.id
                        WHERE o.type_code IN ('COMMUNITY_ORGANIZATION', 'NON_PROFIT')) AS community,
                       (SELECT count(*) FROM (SELECT id FROM supported UNION SELECT id FROM members) u JOIN orgs o ON o.id = u.id
                        WHERE o.type_code IN ('MUNICIPALITY', 'SCHOOL')) AS municipal""";
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

    /**
     * Requests: received in the period (received date), and those whose first decision (first transition to ACCEPTED,
     * REFUSED or WAITLISTED, in time order) is dated in the period, Québec time: report_request_decision holds that first
     * decision for every request, kept exact by triggers (V5).
     */
    static String requestsSql(ReportScope scope) {
        String territory = scope.territory() == null ? "" : " AND territory_code = :t";
        return """
                SELECT (SELECT count(*) FROM service_request
                        WHERE establishment_code = :e AND received_on BETWEEN :from AND :to%1$s) AS received,
                       count(*) AS decided,
                       count(*) FILTER (WHERE outcome = 'ACCEPTED') AS accepted,
                       count(*) FILTER (WHERE outcome = 'REFUSED') AS refused,
                       count(*) FILTER (WHERE outcome = 'WAITLISTED') AS waitlisted,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days,
                       array_agg(coalesce(reason_code, '')) FILTER (WHERE outcome = 'REFUSED') AS reasons
                FROM report_request_decision
                WHERE establishment_code = :e AND decided_on BETWEEN :from AND :to%1$s""".formatted(territory);
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
                        medianDays, java.util.Collections.unmodifiableMap(reasons));
            }
        }
    }

    /**
     * The activities in scope grouped by what the rows count distinctly (intervention, concertation, organizer) and what
     * the single-valued dimensions read; the multi-valued ones join their codes to these groups, not to each activity.
     */
    static String groupsSql(Dimension d) {
        // Time buckets are integers while grouping (2025-04 → 202504; FY2025-2026-P07 → 202507), text only in the result.
        String bucket = switch (d) {
            case month -> "(extract(year FROM occurred_on)::int * 100 + extract(month FROM occurred_on)::int)";
            case fiscalPeriod -> "(f.fy * 100 + least(13, (occurred_on - make_date(f.fy, 4, 1)) / 28 + 1))";
            default -> "0";
        };
        String from = d == Dimension.fiscalPeriod
                ? "act CROSS JOIN LATERAL (SELECT extract(year FROM occurred_on)::int - (extract(month FROM occurred_on)::int < 4)::int AS fy) f"
                : "act";
        return "SELECT " + bucket + """
                 AS bucket, intervention_id, concertation_id, organizer_id, territory_code, service_offer_code, axis_code,
                       count(*) AS n, sum(minutes)::numeric AS m
                FROM """ + " " + from + " GROUP BY 1, 2, 3, 4, 5, 6, 7";
    }

    /** The text code of a result row from its grouping code. */
    static String codeSql(Dimension d) {
        return switch (d) {
            case month -> "(base.code / 100) || '-' || lpad((base.code % 100)::text, 2, '0')";
            case fiscalPeriod -> "'FY' || (base.code / 100) || '-' || (base.code / 100 + 1) || '-P' || lpad((base.code % 100)::text, 2, '0')";
            default -> "base.code";
        };
    }

    /** For each dimension: (code, intervention, concertation, organizer, activities n, minutes m) rows; '' = no value. */
    static String dimensionSql(Dimension d) {
        String plain = "SELECT %s AS code, intervention_id, concertation_id, organizer_id, n, m FROM g";
        return switch (d) {
            case territory -> plain.formatted("coalesce(territory_code, '')");
            case serviceOffer -> plain.formatted("coalesce(service_offer_code, '')");
            case axis -> plain.formatted("coalesce(axis_code, '')");
            case organizer -> plain.formatted("organizer_id::text");
            case month, fiscalPeriod -> plain.formatted("bucket");
            case interventionType -> joined("intervention_type");
            case determinant -> joined("intervention_determinant");
            case population -> joined("intervention_population");
            // An activity's duration is shared equally among its acts (report_activity_acts: the acts of each activity).
            case professionalAct -> """
                    SELECT coalesce(u.code, '') AS code, act.intervention_id, act.concertation_id, act.organizer_id, count(*) AS n,
                           sum(act.minutes::numeric / greatest(cardinality(f.acts), 1)) AS m
                    FROM act
                    LEFT JOIN report_activity_acts f ON f.activity_id = act.id
                         AND f.establishment_code = :e AND f.occurred_on BETWEEN :from AND :to
                    LEFT JOIN LATERAL unnest(f.acts) AS u(code) ON true
                    GROUP BY 1, 2, 3, 4""";
        };
    }

    /** The codes of the interventions in scope (one probe per intervention), joined to the groups. */
    private static String joined(String table) {
        return "SELECT coalesce(x.code, '') AS code, g.intervention_id, g.concertation_id, g.organizer_id, g.n, g.m "
                + "FROM g LEFT JOIN (SELECT t.intervention_id, t.code "
                + "FROM (SELECT DISTINCT intervention_id FROM g WHERE intervention_id IS NOT NULL) i "
                + "JOIN " + table + " t ON t.intervention_id = i.intervention_id) x ON x.intervention_id = g.intervention_id";
    }

    /**
     * The rows. dim has one row per (code, intervention, concertation, organizer) — g is unique on (bucket, intervention,
     * concertation, organizer), territory, service offer and axis following from the intervention or concertation — so
     * the distinct counts are counts of distinct pairs (hash aggregates, no sort per group).
     */
    static String breakdownSql(ReportScope scope, Dimension d) {
        return "WITH " + activitiesInScope(scope) + ",\ng AS (" + groupsSql(d) + "),\ndim AS (" + dimensionSql(d) + "),\n" + """
                io_rows AS (
                    SELECT io.intervention_id, io.organization_id
                    FROM (SELECT DISTINCT intervention_id FROM g WHERE intervention_id IS NOT NULL) x
                    JOIN intervention_organization io ON io.intervention_id = x.intervention_id
                    JOIN organization o ON o.id = io.organization_id AND o.establishment_code = :e
                ),
                base AS (SELECT code, sum(n) AS activities, sum(m) AS minutes FROM dim GROUP BY code),
                n_int AS (SELECT code, count(*) AS c FROM (SELECT DISTINCT code, intervention_id FROM dim
                                                           WHERE intervention_id IS NOT NULL) x GROUP BY code),
                n_conc AS (SELECT code, count(*) AS c FROM (SELECT DISTINCT code, concertation_id FROM dim
                                                            WHERE concertation_id IS NOT NULL) x GROUP BY code),
                n_orgr AS (SELECT code, count(*) AS c FROM (SELECT DISTINCT code, organizer_id FROM dim) x GROUP BY code),
                n_orga AS (SELECT code, count(*) AS c FROM (SELECT DISTINCT d.code, r.organization_id FROM dim d
                                                            JOIN io_rows r ON r.intervention_id = d.intervention_id) x GROUP BY code)
                SELECT false AS total, %s, base.activities, base.minutes, coalesce(n_int.c, 0), coalesce(n_conc.c, 0),
                       coalesce(n_orga.c, 0), coalesce(n_orgr.c, 0)
                FROM base
                LEFT JOIN n_int ON n_int.code = base.code
                LEFT JOIN n_conc ON n_conc.code = base.code
                LEFT JOIN n_orga ON n_orga.code = base.code
                LEFT JOIN n_orgr ON n_orgr.code = base.code
                UNION ALL
                SELECT true, NULL,
                       coalesce((SELECT sum(n) FROM g), 0),
                       coalesce((SELECT sum(m) FROM g), 0),
                       (SELECT count(*) FROM (SELECT DISTINCT intervention_id FROM g WHERE intervention_id IS NOT NULL) x),
                       (SELECT count(*) FROM (SELECT DISTINCT concertation_id FROM g WHERE concertation_id IS NOT NULL) x),
                       (SELECT count(*) FROM (SELECT DISTINCT organization_id FROM io_rows) x),
                       (SELECT count(*) FROM (SELECT DISTINCT organizer_id FROM g) x)""".formatted(codeSql(d));
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
            return new Breakdown(List.copyOf(rows), total);
        }
    }

    static String exportSql(ReportScope scope) {
        return """
                SELECT a.occurred_on, a.id, a.organizer_id, g.name, a.intervention_id, a.concertation_id,
                       coalesce(i.title, c.name) AS title, %s AS territory_code, i.service_offer_code,
                       a.duration_minutes,
                       array_to_string(f.acts, '|') AS acts,
                       a.participants
                FROM activity a
                JOIN organizer g ON g.id = a.organizer_id
                LEFT JOIN intervention i ON i.id = a.intervention_id AND i.establishment_code = a.establishment_code
                LEFT JOIN concertation c ON c.id = a.concertation_id AND c.establishment_code = a.establishment_code
                LEFT JOIN report_activity_acts f ON f.activity_id = a.id
                     AND f.establishment_code = :e AND f.occurred_on BETWEEN :from AND :to
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
