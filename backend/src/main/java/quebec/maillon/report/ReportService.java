package quebec.maillon.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.reference.LabelledCode;
import quebec.maillon.security.CurrentUser;
import quebec.maillon.security.Roles;

/**
 * Reports (reddition de comptes): the yearly figures and the press-release sentence, breakdowns, and the CSV
 * export of activities. Reads the records with SQL only ({@link ReportQueries}), always within the caller's
 * establishment.
 */
@ApplicationScoped
public class ReportService {

    static final String NONE = "NONE";
    static final String TOTAL = "TOTAL";
    static final int EXPORT_FETCH_SIZE = 2000;
    private static final DateTimeFormatter FR_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.CANADA_FRENCH);
    private static final DateTimeFormatter EN_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.CANADA);

    @Inject
    DataSource dataSource;

    @Inject
    CurrentUser user;

    @Inject
    ReportCache cache;

    /** A validated report request: the scope and the labels of its establishment and territory. */
    record Request(ReportPeriod period, ReportScope scope, LabelledCode establishment, LabelledCode territory,
            Dimension dimension, boolean seesNames) {
    }

    /** Reads and checks the parameters (on its own connection); every invalid one is named in a single 422. */
    Request request(String period, String from, String to, String territory, String dimension, boolean needsDimension) {
        try (Connection c = dataSource.getConnection()) {
            return request(c, period, from, to, territory, dimension, needsDimension);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Request request(Connection c, String period, String from, String to, String territory, String dimension,
            boolean needsDimension) throws SQLException {
        List<Problem.FieldError> errors = new ArrayList<>();
        ReportPeriod p = null;
        try {
            p = ReportPeriod.parse(period, from, to);
        } catch (ProblemException e) {
            errors.addAll(e.errors());
        }
        Dimension d = null;
        if (needsDimension) {
            if (dimension == null || dimension.isBlank()) {
                errors.add(new Problem.FieldError("dimension", "is required: one of " + dimensions()));
            } else {
                try {
                    d = Dimension.valueOf(dimension.trim());
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError("dimension", "must be one of " + dimensions() + " (was '" + dimension + "')"));
                }
            }
        }
        String establishment = user.establishment();
        LabelledCode est = labelled(c, "SELECT code, label_fr, label_en FROM establishment WHERE code = ?", establishment, null);
        if (est == null) {
            throw ProblemException.forbidden("Your account's establishment '" + establishment
                    + "' is not known to Maillon; ask your administrator.");
        }
        LabelledCode ter = null;
        if (territory != null && !territory.isBlank()) {
            ter = labelled(c, "SELECT code, label_fr, label_en FROM territory WHERE code = ? AND establishment_code = ?",
                    territory.trim(), establishment);
            if (ter == null) {
                errors.add(new Problem.FieldError("territory", "unknown territory '" + territory + "' for your establishment"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        boolean seesNames = user.hasRole(Roles.ORGANIZER) || user.hasRole(Roles.MANAGER) || user.hasRole(Roles.ADMIN)
                || user.hasRole(Roles.INTEGRATION);
        return new Request(p, new ReportScope(establishment, ter == null ? null : ter.code(), p.from(), p.to()), est, ter, d, seesNames);
    }

    private static String dimensions() {
        return String.join(", ", java.util.Arrays.stream(Dimension.values()).map(Enum::name).toList());
    }

    // ---------------------------------------------------------------------------------------------------------
    /** A report and the request it answers (its scope names the CSV file). */
    record Result<T>(Request request, T report) {
    }

    public Result<ReportSummaryDto> summary(String period, String from, String to, String territory, Lang lang) {
        try (Connection c = dataSource.getConnection()) {
            Request r = request(c, period, from, to, territory, null, false);
            String versions = cache.versions(c, r.scope());
            ReportQueries.Figures f = cache.get(r.scope(), "figures", versions, () -> ReportQueries.figures(c, r.scope()));
            ReportQueries.RequestFigures q = cache.get(r.scope(), "requests", versions, () -> ReportQueries.requests(c, r.scope()));
            Map<String, String[]> reasons = ReportQueries.referenceLabels(c, "refusal-reasons");
            List<CountRowDto> byReason = new ArrayList<>();
            for (Map.Entry<String, String[]> e : reasons.entrySet()) {
                long n = q.refusalReasons().getOrDefault(e.getKey(), 0L);
                if (n > 0 || "1".equals(e.getValue()[2])) {
                    byReason.add(new CountRowDto(e.getKey(), e.getValue()[0], e.getValue()[1], n));
                }
            }
            q.refusalReasons().forEach((code, n) -> {
                if (!code.isEmpty() && !reasons.containsKey(code)) {
                    byReason.add(new CountRowDto(code, code, code, n));
                }
            });
            if (q.refusalReasons().containsKey("")) {
                byReason.add(new CountRowDto(NONE, "Motif non précisé", "Reason not specified", q.refusalReasons().get("")));
            }
            BigDecimal median = q.medianDaysToDecision() == null ? null
                    : BigDecimal.valueOf(q.medianDaysToDecision()).setScale(1, RoundingMode.HALF_UP);
            RequestFiguresDto requests = new RequestFiguresDto(q.received(), q.decided(), q.accepted(), q.refused(), q.waitlisted(),
                    median, byReason);
            String sentence = PressSentence.of(lang, r.period(),
                    lang.pick(r.establishment().labelFr(), r.establishment().labelEn()),
                    r.territory() == null ? null : lang.pick(r.territory().labelFr(), r.territory().labelEn()),
                    f.concertationPlaces(), f.communityOrganizationsSupported(), f.municipalitiesAndSchools());
            return new Result<>(r, new ReportSummaryDto(ReportPeriodDto.of(r.period()), r.establishment(), r.territory(),
                    f.concertationPlaces(), f.communityOrganizationsSupported(), f.municipalitiesAndSchools(),
                    f.activities(), hours(BigDecimal.valueOf(f.minutes())), f.organizers(), f.interventions(),
                    requests, sentence, lang.name()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    public Result<BreakdownDto> breakdown(String dimension, String period, String from, String to, String territory) {
        try (Connection c = dataSource.getConnection()) {
            Request r = request(c, period, from, to, territory, dimension, true);
            String versions = cache.versions(c, r.scope());
            ReportQueries.Breakdown b = cache.get(r.scope(), "breakdown:" + r.dimension(), versions,
                    () -> ReportQueries.breakdown(c, r.scope(), r.dimension()));
            Map<String, ReportQueries.Row> byCode = new HashMap<>();
            for (ReportQueries.Row row : b.rows()) {
                byCode.put(row.code() == null ? NONE : row.code(), row);
            }
            Map<String, String[]> labels = rowLabels(c, r);
            List<BreakdownRowDto> rows = new ArrayList<>();
            for (Map.Entry<String, String[]> e : labels.entrySet()) {
                ReportQueries.Row row = byCode.remove(e.getKey());
                boolean listed = e.getValue().length < 3 || "1".equals(e.getValue()[2]);
                if (row != null || listed) {
                    rows.add(dto(e.getKey(), e.getValue()[0], e.getValue()[1], row));
                }
            }
            ReportQueries.Row none = byCode.remove(NONE);
            List<String> unknown = new ArrayList<>(byCode.keySet());
            unknown.sort(null);
            for (String code : unknown) {
                String label = r.dimension() == Dimension.organizer ? null : code;
                rows.add(dto(code, label, label, byCode.get(code)));
            }
            if (none != null) {
                rows.add(dto(NONE, "Non précisé ou sans objet", "Not specified or not applicable", none));
            }
            return new Result<>(r, new BreakdownDto(r.dimension().name(), ReportPeriodDto.of(r.period()), r.establishment(),
                    r.territory(), rows, dto(TOTAL, "Total", "Total", b.total())));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows a dimension always lists, in order: code → {labelFr, labelEn[, "1" listed even when zero / "0" only with data]}. */
    private Map<String, String[]> rowLabels(Connection c, Request r) throws SQLException {
        ReportScope s = r.scope();
        return switch (r.dimension()) {
            case territory -> {
                Map<String, String[]> m = new LinkedHashMap<>();
                if (r.territory() != null) {
                    m.put(r.territory().code(), new String[] {r.territory().labelFr(), r.territory().labelEn()});
                } else {
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT code, label_fr, label_en FROM territory WHERE establishment_code = ? ORDER BY sort_order, code")) {
                        ps.setString(1, s.establishment());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                m.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                            }
                        }
                    }
                }
                yield m;
            }
            case serviceOffer -> ReportQueries.referenceLabels(c, "service-offers");
            case axis -> ReportQueries.referenceLabels(c, "axes");
            case interventionType -> ReportQueries.referenceLabels(c, "intervention-types");
            case determinant -> ReportQueries.referenceLabels(c, "determinants");
            case population -> ReportQueries.referenceLabels(c, "populations");
            case professionalAct -> ReportQueries.referenceLabels(c, "professional-acts");
            case organizer -> {
                List<String[]> all = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id::text, name FROM organizer WHERE establishment_code = ?")) {
                    ps.setString(1, s.establishment());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            all.add(new String[] {rs.getString(1), rs.getString(2)});
                        }
                    }
                }
                Collator collator = Collator.getInstance(Locale.CANADA_FRENCH);
                all.sort((a, b) -> {
                    int byName = collator.compare(a[1], b[1]);
                    return byName != 0 ? byName : a[0].compareTo(b[0]);
                });
                Map<String, String[]> m = new LinkedHashMap<>();
                for (String[] o : all) {
                    String name = r.seesNames() ? o[1] : null;
                    m.put(o[0], new String[] {name, name, "0"});
                }
                yield m;
            }
            case month -> {
                Map<String, String[]> m = new LinkedHashMap<>();
                for (YearMonth ym = YearMonth.from(s.from()); !ym.isAfter(YearMonth.from(s.to())); ym = ym.plusMonths(1)) {
                    m.put(ym.toString(), new String[] {FR_MONTH.format(ym), capitalizeEn(EN_MONTH.format(ym))});
                }
                yield m;
            }
            case fiscalPeriod -> {
                Map<String, String[]> m = new LinkedHashMap<>();
                LocalDate day = s.from();
                while (!day.isAfter(s.to())) {
                    ReportPeriod p = ReportPeriod.fiscalPeriod(ReportPeriod.fiscalYearOf(day), ReportPeriod.fiscalPeriodOf(day));
                    String fy = ReportPeriod.fiscalYearOf(day) + "-" + (ReportPeriod.fiscalYearOf(day) + 1);
                    String n = String.format("%02d", ReportPeriod.fiscalPeriodOf(day));
                    m.put(p.code(), new String[] {
                        "Période " + n + " de " + fy + " (du " + p.from() + " au " + p.to() + ")",
                        "Period " + n + " of " + fy + " (" + p.from() + " to " + p.to() + ")"});
                    day = p.to().plusDays(1);
                }
                yield m;
            }
        };
    }

    private static String capitalizeEn(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static BreakdownRowDto dto(String code, String labelFr, String labelEn, ReportQueries.Row row) {
        if (row == null) {
            return new BreakdownRowDto(code, labelFr, labelEn, 0, hours(BigDecimal.ZERO), 0, 0, 0, 0);
        }
        return new BreakdownRowDto(code, labelFr, labelEn, row.activities(), hours(row.minutes()), row.interventions(),
                row.concertations(), row.organizations(), row.organizers());
    }

    static BigDecimal hours(BigDecimal minutes) {
        return (minutes == null ? BigDecimal.ZERO : minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private static LabelledCode labelled(Connection c, String sql, String a, String b) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, a);
            if (b != null) {
                ps.setString(2, b);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new LabelledCode(rs.getString(1), rs.getString(2), rs.getString(3)) : null;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // CSV

    static final List<String> SUMMARY_HEADERS_FR = List.of("indicateur", "libellé", "valeur");
    static final List<String> SUMMARY_HEADERS_EN = List.of("indicator", "label", "value");

    void writeSummaryCsv(ReportSummaryDto s, Lang lang, OutputStream stream) throws IOException {
        try (Csv csv = new Csv(stream)) {
            csv.row(lang == Lang.en ? SUMMARY_HEADERS_EN : SUMMARY_HEADERS_FR);
            line(csv, "PERIOD", lang.pick("Période", "Period"), s.period().code());
            line(csv, "PERIOD_FROM", lang.pick("Premier jour", "First day"), s.period().from());
            line(csv, "PERIOD_TO", lang.pick("Dernier jour", "Last day"), s.period().to());
            line(csv, "ESTABLISHMENT", lang.pick("Établissement", "Establishment"), s.establishment().code());
            line(csv, "TERRITORY", lang.pick("Territoire", "Territory"), s.territory() == null ? null : s.territory().code());
            line(csv, "CONCERTATION_PLACES", lang.pick("Lieux de concertation accompagnés", "Concertation places accompanied"),
                    s.concertationPlaces());
            line(csv, "COMMUNITY_ORGANIZATIONS_SUPPORTED", lang.pick("Organismes communautaires soutenus", "Community organizations supported"),
                    s.communityOrganizationsSupported());
            line(csv, "MUNICIPALITIES_AND_SCHOOLS", lang.pick("Municipalités et milieux scolaires", "Municipalities and school settings"),
                    s.municipalitiesAndSchools());
            line(csv, "ACTIVITIES", lang.pick("Activités", "Activities"), s.activities());
            line(csv, "HOURS", lang.pick("Heures", "Hours"), s.hours());
            line(csv, "ORGANIZERS_ACTIVE", lang.pick("Organisatrices et organisateurs actifs", "Active organizers"), s.organizersActive());
            line(csv, "INTERVENTIONS", lang.pick("Interventions avec activité", "Interventions with activity"), s.interventions());
            RequestFiguresDto q = s.requests();
            line(csv, "REQUESTS_RECEIVED", lang.pick("Demandes reçues", "Requests received"), q.received());
            line(csv, "REQUESTS_DECIDED", lang.pick("Demandes décidées", "Requests decided"), q.decided());
            line(csv, "REQUESTS_ACCEPTED", lang.pick("Demandes acceptées", "Requests accepted"), q.accepted());
            line(csv, "REQUESTS_REFUSED", lang.pick("Demandes refusées", "Requests refused"), q.refused());
            line(csv, "REQUESTS_WAITLISTED", lang.pick("Demandes mises en attente", "Requests waitlisted"), q.waitlisted());
            line(csv, "MEDIAN_DAYS_TO_DECISION", lang.pick("Délai médian de décision (jours)", "Median days to decision"),
                    q.medianDaysToDecision());
            for (CountRowDto reason : q.refusalReasons()) {
                line(csv, "REQUESTS_REFUSED_" + reason.code(), lang.pick("Refus : ", "Refused: ") + lang.pick(reason.labelFr(), reason.labelEn()),
                        reason.count());
            }
            csv.text("SENTENCE").text(lang.pick("Phrase du communiqué", "Press-release sentence")).text(s.sentence()).end();
        }
    }

    private static void line(Csv csv, String code, String label, Object value) throws IOException {
        csv.value(code).text(label).value(value).end();
    }

    static final List<String> BREAKDOWN_HEADERS_FR = List.of("code", "libellé français", "libellé anglais", "activités", "heures",
            "interventions", "lieux de concertation", "organismes", "organisateurs");
    static final List<String> BREAKDOWN_HEADERS_EN = List.of("code", "French label", "English label", "activities", "hours",
            "interventions", "concertation places", "organizations", "organizers");

    void writeBreakdownCsv(BreakdownDto b, Lang lang, OutputStream stream) throws IOException {
        try (Csv csv = new Csv(stream)) {
            csv.row(lang == Lang.en ? BREAKDOWN_HEADERS_EN : BREAKDOWN_HEADERS_FR);
            for (BreakdownRowDto row : b.rows()) {
                csv.value(row.code()).text(row.labelFr()).text(row.labelEn()).value(row.activities()).value(row.hours())
                        .value(row.interventions()).value(row.concertations()).value(row.organizations()).value(row.organizers()).end();
            }
        }
    }

    static final List<String> ACTIVITY_HEADERS_FR = List.of("date", "activité", "organisateur (code)", "organisateur", "type de dossier",
            "dossier", "titre", "territoire", "offre de service", "durée (minutes)", "heures", "actes", "participants");
    static final List<String> ACTIVITY_HEADERS_EN = List.of("date", "activity", "organizer (code)", "organizer", "record type",
            "record", "title", "territory", "service offer", "duration (minutes)", "hours", "acts", "participants");

    /** Streams the activities of a scope as CSV from a database cursor; memory stays flat. */
    void writeActivitiesCsv(Request r, Lang lang, OutputStream stream) throws IOException {
        try (Csv csv = new Csv(stream); Connection c = dataSource.getConnection()) {
            csv.row(lang == Lang.en ? ACTIVITY_HEADERS_EN : ACTIVITY_HEADERS_FR);
            boolean names = r.seesNames();
            c.setAutoCommit(false);
            try {
                c.setReadOnly(true);
                ReportQueries.exportActivities(c, r.scope(), EXPORT_FETCH_SIZE, a -> {
                    boolean intervention = a.interventionId() != null;
                    csv.value(a.date()).value(a.id()).value(a.organizerId()).text(names ? a.organizerName() : null)
                            .value(intervention ? "INTERVENTION" : "CONCERTATION")
                            .value(intervention ? a.interventionId() : a.concertationId())
                            .text(names ? a.title() : null)
                            .value(a.territory()).value(a.serviceOffer()).value(a.minutes())
                            .value(BigDecimal.valueOf(a.minutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP))
                            .value(a.acts()).value(a.participants()).end();
                });
                c.commit();
            } finally {
                try {
                    c.rollback();
                    c.setReadOnly(false);
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the pool discards a broken connection
                }
            }
        } catch (SQLException e) {
            throw new IOException("The export of activities failed", e);
        }
    }
}
