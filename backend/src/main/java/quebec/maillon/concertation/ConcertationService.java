package quebec.maillon.concertation;

import static quebec.maillon.common.Cursor.READ_ONLY;
import quebec.maillon.common.NativeWrite;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.Dates;
import quebec.maillon.common.DbClock;
import quebec.maillon.common.Etags;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.common.SyncFeed;
import quebec.maillon.organizer.OrganizerService;
import quebec.maillon.reference.ReferenceKind;
import quebec.maillon.reference.ReferenceService;
import quebec.maillon.security.Access;
import quebec.maillon.security.CurrentUser;

/** Concertation places: the place itself, and its detail (members, organizers, meetings, action plan) in one read. */
@ApplicationScoped
public class ConcertationService {

    public static final String RECORD = "concertation";
    /** How many meetings the detail shows. */
    static final int RECENT_MEETINGS = 10;

    @Inject
    DbClock clock;

    @Inject
    ConcertationRepository concertations;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    OrganizerService organizerService;

    @Inject
    ReferenceService reference;

    @Inject
    AuditService audit;

    @Inject
    SyncFeed feed;

    // ------------------------------------------------------------------------------------------------- reads

    /** A concertation of the caller's establishment; 404 otherwise (another establishment's too). */
    public Concertation get(UUID id) {
        Concertation c = concertations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no concertation with this id."));
        access.requireSameEstablishment(c.establishmentCode, "concertation");
        return c;
    }

    /** The list's filters (all optional). */
    public record Filter(String territory, Concertation.Scope scope, Concertation.Status status, String kind, String theme,
            UUID organizer, UUID organization, OffsetDateTime updatedSince, String q) {
    }

    /**
     * A page of concertation places, by name; with {@code updatedSince}, a page of a synchronization pass (SyncFeed),
     * by updatedAt then id.
     */
    public ConcertationPage list(Filter f, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        boolean sync = f.updatedSince() != null;
        SyncFeed.Position position = sync ? feed.open(f.updatedSince(), cursor, 2) : null;
        List<String> after = sync ? position.after() : Cursor.decode(cursor, 2);
        StringBuilder where = new StringBuilder("c.establishmentCode = :establishment");
        Map<String, Object> params = new HashMap<>();
        params.put("establishment", user.establishment());
        if (f.territory() != null) {
            where.append(" and c.territoryCode = :territory");
            params.put("territory", f.territory());
        }
        if (f.scope() != null) {
            where.append(" and c.scope = :scope");
            params.put("scope", f.scope());
        }
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status());
        }
        if (f.kind() != null) {
            where.append(" and c.kindCode = :kind");
            params.put("kind", f.kind());
        }
        if (f.theme() != null) {
            where.append(" and :theme member of c.themes");
            params.put("theme", f.theme());
        }
        if (f.organizer() != null) {
            where.append(" and exists (select 1 from ConcertationOrganizer o where o.concertationId = c.id and o.organizerId = :organizer)");
            params.put("organizer", f.organizer());
        }
        if (f.organization() != null) {
            where.append(" and exists (select 1 from ConcertationMember m where m.concertationId = c.id "
                    + "and m.organizationId = :organization and (m.leftOn is null or m.leftOn > :today))");
            params.put("organization", f.organization());
            params.put("today", Dates.today());
        }
        if (sync) {
            where.append(position.window().where("c.updatedAt"));
            params.putAll(position.window().parameters());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and cast(function('search_key', c.name) as String) like concat('%', cast(function('search_key', :q) as String), '%')");
            params.put("q", f.q().trim());
        }
        String order = "c.name, cast(c.id as String)";
        if (sync) {
            order = "c.updatedAt, c.id";
            if (after != null) {
                try {
                    params.put("afterAt", java.time.Instant.parse(after.get(0)).atOffset(java.time.ZoneOffset.UTC));
                    params.put("afterId", UUID.fromString(after.get(1)));
                } catch (RuntimeException e) {
                    throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                            "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
                }
                where.append(" and (c.updatedAt, c.id) > (:afterAt, :afterId)");
            }
        } else if (after != null) {
            where.append(" and (c.name > :afterName or (c.name = :afterName and cast(c.id as String) > :afterId))");
            params.put("afterName", after.get(0));
            params.put("afterId", after.get(1));
        }
        TypedQuery<Concertation> query = em.createQuery("select c from Concertation c where " + where
                + " order by " + order, Concertation.class);
        params.forEach(query::setParameter);
        List<Concertation> rows = query.setHint(READ_ONLY, true).setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            Concertation last = rows.get(size - 1);
            next = sync ? position.window().cursor(last.updatedAt.toInstant(), last.id) : Cursor.encode(last.name, last.id);
        }
        return new ConcertationPage(rows.stream().map(ConcertationDto::of).toList(), next,
                sync ? position.window().nextUpdatedSince() : null);
    }

    /**
     * The detail in a fixed number of queries, whatever the number of members, organizers, meetings and items: the
     * place with its themes (1), members with their organization (1), organizers with their name (1), the recent
     * meetings with the total count (1), the action plan (1).
     */
    public ConcertationDetail detail(UUID id) {
        return loadDetail(id).detail();
    }

    /** The detail and the place's version (its ETag). */
    public record Loaded(ConcertationDetail detail, long version) {
    }

    @SuppressWarnings("unchecked")
    public Loaded loadDetail(UUID id) {
        Concertation c = em.createQuery("select c from Concertation c left join fetch c.themes where c.id = :id", Concertation.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("There is no concertation with this id."));
        access.requireSameEstablishment(c.establishmentCode, "concertation");
        LocalDate today = Dates.today();
        List<MemberDto> members = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT m.id, m.organization_id, o.name, o.type_code, m.role, "
                + "m.joined_on, m.left_on, m.version FROM concertation_member m JOIN organization o ON o.id = m.organization_id "
                + "WHERE m.concertation_id = ?1 ORDER BY (m.left_on IS NOT NULL AND m.left_on <= ?2), o.name, m.joined_on")
                .setParameter(1, id).setParameter(2, today).getResultList()) {
            LocalDate leftOn = date(r[6]);
            members.add(new MemberDto((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4], date(r[5]), leftOn,
                    leftOn == null || leftOn.isAfter(today), ((Number) r[7]).longValue()));
        }
        List<SupportingOrganizerDto> organizers = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT co.organizer_id, o.name, co.role, co.since, co.version "
                + "FROM concertation_organizer co JOIN organizer o ON o.id = co.organizer_id WHERE co.concertation_id = ?1 "
                + "ORDER BY o.name").setParameter(1, id).getResultList()) {
            organizers.add(new SupportingOrganizerDto((UUID) r[0], (String) r[1], ConcertationOrganizer.Role.valueOf((String) r[2]),
                    date(r[3]), ((Number) r[4]).longValue()));
        }
        List<MeetingDto> meetings = new ArrayList<>();
        long meetingCount = 0;
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT id, held_on, place, attendance, decisions, version, "
                + "created_at, updated_at, count(*) OVER () FROM concertation_meeting WHERE concertation_id = ?1 "
                + "ORDER BY held_on DESC, id DESC LIMIT " + RECENT_MEETINGS).setParameter(1, id).getResultList()) {
            meetings.add(new MeetingDto((UUID) r[0], date(r[1]), (String) r[2], r[3] == null ? null : ((Number) r[3]).intValue(),
                    (String) r[4], ((Number) r[5]).longValue(), offset(r[6]), offset(r[7])));
            meetingCount = ((Number) r[8]).longValue();
        }
        List<ActionPlanItem> items = em.createQuery("select i from ActionPlanItem i where i.concertationId = :id "
                + "order by i.position, i.createdAt, i.id", ActionPlanItem.class).setParameter("id", id).getResultList();
        return new Loaded(new ConcertationDetail(c.id, c.name, c.kindCode, List.copyOf(c.themes), c.scope, c.territoryCode,
                c.status, c.description, c.createdAt, c.updatedAt, members, organizers, meetings, meetingCount,
                ActionPlan.of(items)), c.version);
    }

    /**
     * 403 unless the caller may change this place and its sub-resources: managers and integration clients always;
     * organizers in its territory or when they support it.
     */
    public void requireCanChange(Concertation c) {
        access.requireCanChange(c.territoryCode, concertations.supportingOrganizerIds(c.id), organizerService.currentId(),
                "concertations");
    }

    // ------------------------------------------------------------------------------------------------ writes

    @Transactional
    public UUID create(UUID id, ConcertationInput input) {
        validate(input);
        access.requireCanChange(input.territoryCode(), List.of(), organizerService.currentId(), "concertations");
        Concertation c = new Concertation();
        c.id = id;
        c.establishmentCode = user.establishment();
        apply(c, input);
        c.createdAt = c.updatedAt = clock.now();
        concertations.persist(c);
        audit.record(user.actor(), c.establishmentCode, AuditService.Action.CREATE, RECORD, c.id, null, c.snapshot(), Set.of());
        return c.id;
    }

    @Transactional
    public Concertation update(UUID id, String ifMatch, ConcertationInput input) {
        Concertation c = get(id);
        Etags.check(ifMatch, c.version);
        requireCanChange(c);
        validate(input);
        if (input.territoryCode() != null && !input.territoryCode().equals(c.territoryCode)) {
            access.requireCanChange(input.territoryCode(), concertations.supportingOrganizerIds(c.id), organizerService.currentId(),
                    "concertations");
        }
        Map<String, Object> before = c.snapshot();
        apply(c, input);
        c.updatedAt = clock.now();
        concertations.flush();
        audit.record(user.actor(), c.establishmentCode, AuditService.Action.UPDATE, RECORD, c.id, before, c.snapshot(), Set.of());
        return c;
    }

    /** Marks the place as changed when one of its sub-resources changes (for updatedSince), without a new version. */
    void touch(UUID id) {
        NativeWrite.to(em, "concertation", "UPDATE concertation SET updated_at = now() WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    private void validate(ConcertationInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String territory = input.territoryCode() == null || input.territoryCode().isBlank() ? null : input.territoryCode();
        if (territory == null && input.scope() != Concertation.Scope.REGIONAL) {
            errors.add(new Problem.FieldError("territoryCode", "is required unless the scope is REGIONAL"));
        }
        add(errors, access.checkTerritory("territoryCode", territory));
        add(errors, reference.checkCode("kindCode", ReferenceKind.CONCERTATION_KINDS, input.kindCode()));
        List<String> themes = input.themes() == null ? List.of() : input.themes();
        for (int k = 0; k < themes.size(); k++) {
            add(errors, reference.checkCode("themes[" + k + "]", ReferenceKind.CONCERTATION_THEMES, themes.get(k)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    private static void apply(Concertation c, ConcertationInput input) {
        c.name = input.name().trim();
        c.kindCode = input.kindCode();
        c.scope = input.scope();
        c.territoryCode = input.territoryCode() == null || input.territoryCode().isBlank() ? null : input.territoryCode();
        c.status = input.status() == null ? Concertation.Status.ACTIVE : input.status();
        c.description = input.description() == null || input.description().isBlank() ? null : input.description().trim();
        Set<String> themes = new HashSet<>(input.themes() == null ? List.of() : input.themes());
        if (!c.themes.equals(themes)) {
            c.themes.clear();
            c.themes.addAll(themes);
        }
    }

    private static void add(List<Problem.FieldError> errors, Problem.FieldError error) {
        if (error != null) {
            errors.add(error);
        }
    }

    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return null;
    }

    static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
