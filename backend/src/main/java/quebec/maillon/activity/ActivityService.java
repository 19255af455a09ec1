package quebec.maillon.activity;

import static quebec.maillon.common.Cursor.READ_ONLY;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.Dates;
import quebec.maillon.common.DbClock;
import quebec.maillon.common.Etags;
import quebec.maillon.common.PageParts;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.common.SqlValues;
import quebec.maillon.common.SyncFeed;
import quebec.maillon.concertation.Concertation;
import quebec.maillon.concertation.ConcertationRepository;
import quebec.maillon.intervention.Intervention;
import quebec.maillon.intervention.InterventionRepository;
import quebec.maillon.intervention.InterventionService;
import quebec.maillon.organizer.Organizer;
import quebec.maillon.organizer.OrganizerRef;
import quebec.maillon.organizer.OrganizerRepository;
import quebec.maillon.organizer.OrganizerService;
import quebec.maillon.reference.ReferenceKind;
import quebec.maillon.reference.ReferenceService;
import quebec.maillon.security.Access;
import quebec.maillon.security.CurrentUser;
import quebec.maillon.security.Roles;

/**
 * The activity journal. An activity is attached to exactly one intervention or concertation, never to a closed one;
 * organizers record, change and delete only their own; deleting is a real delete (a journal entry), audited.
 */
@ApplicationScoped
public class ActivityService {

    public static final String RECORD = "activity";
    private static final Set<String> PERSONAL = Set.of("notes");
    /** The longest timesheet period, in days. */
    static final int MAX_TIMESHEET_DAYS = 366;

    @Inject
    DbClock clock;

    @Inject
    ActivityRepository activities;

    @Inject
    InterventionRepository interventions;

    @Inject
    ConcertationRepository concertations;

    @Inject
    OrganizerRepository organizers;

    @Inject
    OrganizerService organizerService;

    @Inject
    ReferenceService reference;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    SyncFeed feed;

    /** The intervention or concertation an activity is attached to, as the rules need it. */
    record Parent(UUID interventionId, UUID concertationId, String territoryCode, Collection<UUID> assigned, boolean closed,
            String what) {
    }

    // ------------------------------------------------------------------------------------------------- reads

    /** An activity of the caller's establishment; 404 otherwise. */
    public Activity get(UUID id) {
        Activity a = activities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("There is no activity with this id."));
        access.requireSameEstablishment(a.establishmentCode, "activity");
        return a;
    }

    /** The list's filters (all optional). */
    public record Filter(UUID organizer, UUID intervention, UUID concertation, LocalDate from, LocalDate to, String act,
            OffsetDateTime updatedSince) {
    }

    /**
     * A page of activities, the most recent first. With {@code updatedSince} it is a page of a synchronization pass
     * (SyncFeed): the changed activities of the window by updatedAt then id, then the deletions of the window
     * (activity_deletion) by deletedAt then id; the cursor says which of the two it is at.
     */
    public ActivityPage list(Filter f, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        boolean sync = f.updatedSince() != null;
        SyncFeed.Position position = sync ? feed.open(f.updatedSince(), cursor, 3) : null;
        List<String> after = sync ? position.after() : Cursor.decode(cursor, 2);
        StringBuilder where = new StringBuilder("a.establishmentCode = :establishment");
        Map<String, Object> params = new HashMap<>();
        params.put("establishment", user.establishment());
        if (f.organizer() != null) {
            where.append(" and a.organizerId = :organizer");
            params.put("organizer", f.organizer());
        }
        if (f.intervention() != null) {
            where.append(" and a.interventionId = :intervention");
            params.put("intervention", f.intervention());
        }
        if (f.concertation() != null) {
            where.append(" and a.concertationId = :concertation");
            params.put("concertation", f.concertation());
        }
        if (f.from() != null) {
            where.append(" and a.occurredOn >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" and a.occurredOn <= :to");
            params.put("to", f.to());
        }
        if (f.act() != null) {
            where.append(" and :act member of a.acts");
            params.put("act", f.act());
        }
        if (sync) {
            where.append(position.window().where("a.updatedAt"));
            params.putAll(position.window().parameters());
        }
        TypedQuery<Number> total = em.createQuery("select coalesce(sum(a.durationMinutes), 0) from Activity a where " + where, Number.class);
        params.forEach(total::setParameter);
        long totalMinutes = total.getSingleResult().longValue();
        if (sync) {
            return syncPage(f, where, params, position, size, totalMinutes);
        }
        if (after != null) {
            try {
                params.put("afterDate", LocalDate.parse(after.get(0)));
                params.put("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw invalidCursor();
            }
            // The first bound follows from the second; PostgreSQL can start the index scan at it.
            where.append(" and a.occurredOn <= :afterDate and (a.occurredOn < :afterDate or (a.occurredOn = :afterDate and a.id < :afterId))");
        }
        TypedQuery<Activity> query = em.createQuery("select a from Activity a where " + where
                + " order by a.occurredOn desc, a.id desc", Activity.class);
        params.forEach(query::setParameter);
        List<Activity> rows = query.setHint(READ_ONLY, true).setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            Activity last = rows.get(size - 1);
            next = Cursor.encode(last.occurredOn, last.id);
        }
        return new ActivityPage(toDtos(rows), next, totalMinutes);
    }

    /** Cursor phases of a sync pass: the changed activities, then the deletions. */
    private static final String CHANGED = "changed";
    private static final String DELETED = "deleted";

    private ActivityPage syncPage(Filter f, StringBuilder where, Map<String, Object> params, SyncFeed.Position position,
            int size, long totalMinutes) {
        SyncFeed.Window window = position.window();
        List<String> after = position.after();
        String phase = after == null ? CHANGED : after.get(0);
        List<Activity> rows = List.of();
        Object[] deletionsAfter = null;
        if (CHANGED.equals(phase)) {
            if (after != null) {
                Object[] at = keyset(after);
                params.put("afterAt", at[0]);
                params.put("afterId", at[1]);
                where.append(" and (a.updatedAt, a.id) > (:afterAt, :afterId)");
            }
            TypedQuery<Activity> query = em.createQuery("select a from Activity a where " + where
                    + " order by a.updatedAt, a.id", Activity.class);
            params.forEach(query::setParameter);
            rows = query.setHint(READ_ONLY, true).setMaxResults(size + 1).getResultList();
            if (rows.size() > size) {
                rows = new ArrayList<>(rows.subList(0, size));
                Activity last = rows.get(size - 1);
                return new ActivityPage(toDtos(rows), null, window.cursor(CHANGED, last.updatedAt.toInstant(), last.id),
                        totalMinutes, null);
            }
        } else if (DELETED.equals(phase)) {
            deletionsAfter = after.get(1).isEmpty() ? null : keyset(after);
        } else {
            throw invalidCursor();
        }
        // Every changed activity of the window is listed: the rest of the page goes to the deletions of the window.
        int room = size - rows.size();
        List<ActivityDeletion> deleted = deletions(f, window, deletionsAfter, room + 1);
        String next = null;
        if (deleted.size() > room) {
            deleted = new ArrayList<>(deleted.subList(0, room));
            next = room == 0 ? window.cursor(DELETED, "", "")
                    : window.cursor(DELETED, deleted.get(room - 1).deletedAt().toInstant(), deleted.get(room - 1).id());
        }
        return new ActivityPage(toDtos(rows), deleted, next, totalMinutes, window.nextUpdatedSince());
    }

    /** The deletions of the window matching the filters that a deletion still knows (not the professional act). */
    private List<ActivityDeletion> deletions(Filter f, SyncFeed.Window window, Object[] after, int max) {
        StringBuilder sql = new StringBuilder("SELECT id, deleted_at FROM activity_deletion WHERE establishment_code = :establishment");
        Map<String, Object> params = new HashMap<>();
        params.put("establishment", user.establishment());
        if (f.organizer() != null) {
            sql.append(" AND organizer_id = :organizer");
            params.put("organizer", f.organizer());
        }
        if (f.intervention() != null) {
            sql.append(" AND intervention_id = :intervention");
            params.put("intervention", f.intervention());
        }
        if (f.concertation() != null) {
            sql.append(" AND concertation_id = :concertation");
            params.put("concertation", f.concertation());
        }
        if (f.from() != null) {
            sql.append(" AND occurred_on >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            sql.append(" AND occurred_on <= :to");
            params.put("to", f.to());
        }
        sql.append(window.where("deleted_at"));
        params.putAll(window.parameters());
        if (after != null) {
            sql.append(" AND (deleted_at, id) > (:afterAt, :afterId)");
            params.put("afterAt", after[0]);
            params.put("afterId", after[1]);
        }
        sql.append(" ORDER BY deleted_at, id LIMIT ").append(max);
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        List<ActivityDeletion> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new ActivityDeletion((UUID) r[0], SqlValues.offsetDateTime(r[1])));
        }
        return result;
    }

    /** The (instant, id) of a sync cursor's position. */
    private static Object[] keyset(List<String> after) {
        try {
            return new Object[] {Instant.parse(after.get(1)).atOffset(ZoneOffset.UTC), UUID.fromString(after.get(2))};
        } catch (RuntimeException e) {
            throw invalidCursor();
        }
    }

    private static ProblemException invalidCursor() {
        return ProblemException.validation(List.of(new Problem.FieldError("cursor",
                "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
    }

    /**
     * An organizer's minutes per day over a period (default: the current week, Monday to Sunday, Québec time), in one
     * grouped query on the (organizer, date) index.
     */
    public Timesheet timesheet(UUID organizerId, LocalDate from, LocalDate to) {
        UUID id = organizerId != null ? organizerId : organizerService.currentId();
        if (id == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("organizer",
                    "is required (you have no entry in the organizer directory)")));
        }
        Organizer o = organizers.findById(id);
        if (o == null || !o.establishmentCode.equals(user.establishment())) {
            throw ProblemException.validation(List.of(new Problem.FieldError("organizer",
                    "unknown organizer '" + id + "' in your establishment")));
        }
        if (from == null && to == null) {
            from = Dates.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        if (from == null) {
            from = to.minusDays(6);
        }
        if (to == null) {
            to = from.plusDays(6);
        }
        if (from.isAfter(to)) {
            throw ProblemException.validation(List.of(new Problem.FieldError("from", "must not be after 'to'")));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days > MAX_TIMESHEET_DAYS) {
            throw ProblemException.validation(List.of(new Problem.FieldError("to",
                    "the period must be at most " + MAX_TIMESHEET_DAYS + " days (was " + days + ")")));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT occurred_on, sum(duration_minutes), count(*) FROM activity "
                + "WHERE establishment_code = ?1 AND organizer_id = ?2 AND occurred_on BETWEEN ?3 AND ?4 GROUP BY occurred_on")
                .setParameter(1, user.establishment()).setParameter(2, id).setParameter(3, from).setParameter(4, to)
                .getResultList();
        Map<LocalDate, long[]> byDay = new HashMap<>();
        for (Object[] r : rows) {
            LocalDate day = r[0] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) r[0];
            byDay.put(day, new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        List<Timesheet.Day> list = new ArrayList<>();
        long totalMinutes = 0;
        long totalCount = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            long[] v = byDay.getOrDefault(d, new long[] {0, 0});
            list.add(new Timesheet.Day(d, v[0], v[1]));
            totalMinutes += v[0];
            totalCount += v[1];
        }
        return new Timesheet(new OrganizerRef(o.id, o.name), from, to, totalMinutes, totalCount, list);
    }

    // ------------------------------------------------------------------------------------------------ writes

    /**
     * Records an activity with the given id (chosen by the caller: see
     * {@link quebec.maillon.common.IdempotencyService#create}). {@code pathIntervention}/{@code pathConcertation} are the
     * parent of a nested route (already checked to exist in the caller's establishment, in this transaction), or null.
     */
    @Transactional
    public UUID create(UUID id, ActivityInput input, UUID pathIntervention, UUID pathConcertation) {
        UUID current = organizerService.currentId();
        List<Problem.FieldError> errors = new ArrayList<>();
        UUID organizerId = resolveOrganizer(input.organizerId(), current, null, errors);
        Parent parent = resolveParent(input, pathIntervention, pathConcertation, errors);
        validateContent(input, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (parent.closed()) {
            throw closed(parent);
        }
        access.requireCanChange(parent.territoryCode(), parent.assigned(), current, "activities");
        Activity a = new Activity();
        a.id = id;
        a.establishmentCode = user.establishment();
        a.organizerId = organizerId;
        apply(a, input, parent);
        a.createdAt = a.updatedAt = clock.now();
        activities.persist(a);
        audit.record(user.actor(), a.establishmentCode, AuditService.Action.CREATE, RECORD, a.id, null, a.snapshot(), PERSONAL);
        return a.id;
    }

    @Transactional
    public Activity update(UUID id, String ifMatch, ActivityInput input) {
        Activity a = get(id);
        Etags.check(ifMatch, a.version);
        UUID current = organizerService.currentId();
        requireOwn(a, current, "change");
        Parent old = parentOf(a);
        if (old.closed()) {
            throw closed(old);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        UUID organizerId = resolveOrganizer(input.organizerId() != null ? input.organizerId() : a.organizerId, current, a, errors);
        Parent parent = resolveParent(input, null, null, errors);
        validateContent(input, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (parent.closed()) {
            throw closed(parent);
        }
        if (!Objects.equals(parent.interventionId(), a.interventionId) || !Objects.equals(parent.concertationId(), a.concertationId)) {
            access.requireCanChange(parent.territoryCode(), parent.assigned(), current, "activities");
        }
        Map<String, Object> before = a.snapshot();
        a.organizerId = organizerId;
        apply(a, input, parent);
        a.updatedAt = clock.now();
        activities.flush();
        audit.record(user.actor(), a.establishmentCode, AuditService.Action.UPDATE, RECORD, a.id, before, a.snapshot(), PERSONAL);
        return a;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Activity a = get(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Etags.check(ifMatch, a.version);
        }
        requireOwn(a, organizerService.currentId(), "delete");
        Parent parent = parentOf(a);
        if (parent.closed()) {
            throw closed(parent);
        }
        Map<String, Object> before = a.snapshot();
        activities.delete(a);
        activities.flush();
        audit.record(user.actor(), a.establishmentCode, AuditService.Action.DELETE, RECORD, a.id, before, null, PERSONAL);
    }

    // ------------------------------------------------------------------------------------------------ mapping

    public ActivityDto toDto(Activity a) {
        return toDtos(List.of(a)).get(0);
    }

    /**
     * The answer of an activity created in this transaction, from what the transaction already holds: its acts (the
     * entity's own set, as inserted), its organizer (read by the create's checks) and its intervention or concertation
     * (read by the create): no statement, one round trip fewer per create. The same DTO as {@link #toDto}.
     */
    public ActivityDto toDtoOfNew(Activity a) {
        String organizerName = organizers.findById(a.organizerId).name;
        String parentTitle = a.interventionId != null ? interventions.findById(a.interventionId).title
                : concertations.findById(a.concertationId).name;
        return dto(a, organizerName, a.acts, parentTitle);
    }

    /** The DTO of an activity, given what it shows besides its own columns (acts in code order). */
    private static ActivityDto dto(Activity a, String organizerName, Collection<String> acts, String parentTitle) {
        return new ActivityDto(a.id, a.occurredOn, a.durationMinutes, new OrganizerRef(a.organizerId, organizerName),
                List.copyOf(new TreeSet<>(acts)), a.notes, a.participants, a.interventionId, a.concertationId,
                parentTitle, a.createdAt, a.updatedAt);
    }

    /** What a page of activities shows besides their own columns: acts, organizer name, title of the intervention or concertation. */
    static final PageParts.Query PARTS = PageParts.Query.of("""
            SELECT activity_id, 'acts', code, NULL, NULL FROM activity_act WHERE activity_id = ANY (:ids)
            UNION ALL
            SELECT id, 'organizer', NULL, name, NULL FROM organizer WHERE id = ANY (:organizers)
            UNION ALL
            SELECT id, 'parent', NULL, title, NULL FROM intervention WHERE id = ANY (:interventions)
            UNION ALL
            SELECT id, 'parent', NULL, name, NULL FROM concertation WHERE id = ANY (:concertations)""");

    /**
     * DTOs of a page: acts, organizer names and parent titles (each distinct one read once) come from one statement
     * ({@link #PARTS}) whatever the page size; the entities' collections are not initialized.
     */
    public List<ActivityDto> toDtos(List<Activity> list) {
        PageParts parts = PageParts.read(em, PARTS, Map.of("ids", list.stream().map(a -> a.id).toList(),
                "organizers", list.stream().map(a -> a.organizerId).toList(),
                "interventions", list.stream().map(a -> a.interventionId).toList(),
                "concertations", list.stream().map(a -> a.concertationId).toList()));
        List<ActivityDto> dtos = new ArrayList<>(list.size());
        for (Activity a : list) {
            String organizerName = parts.name(a.organizerId, "organizer");
            String parentTitle = parts.name(a.interventionId != null ? a.interventionId : a.concertationId, "parent");
            dtos.add(dto(a, organizerName, parts.values(a.id, "acts"), parentTitle));
        }
        return dtos;
    }

    // ------------------------------------------------------------------------------------------------ rules

    /**
     * Whose activity it is: the caller's own entry by default. Organizers (without the manager role) record only
     * their own (403); machine clients must name the organizer (422); a newly named organizer must be active.
     */
    private UUID resolveOrganizer(UUID requested, UUID current, Activity existing, List<Problem.FieldError> errors) {
        UUID id = requested != null ? requested : current;
        if (id == null) {
            errors.add(new Problem.FieldError("organizerId", "is required: name the organizer who did the work"));
            return null;
        }
        if (isOrganizerOnly() && !id.equals(current)) {
            throw ProblemException.forbidden("Organizers record only their own activities; a manager may record one for another organizer.");
        }
        if (existing == null || !id.equals(existing.organizerId)) {
            Problem.FieldError e = organizerService.checkAssignable("organizerId", id);
            if (e != null) {
                errors.add(e);
            }
        }
        return id;
    }

    /** Organizers change and delete only their own activities; managers and integration clients any of their establishment. */
    private void requireOwn(Activity a, UUID current, String verb) {
        if (isOrganizerOnly() && !a.organizerId.equals(current)) {
            throw ProblemException.forbidden("Organizers " + verb + " only their own activities.");
        }
    }

    private boolean isOrganizerOnly() {
        return !user.hasRole(Roles.MANAGER) && !user.hasRole(Roles.INTEGRATION);
    }

    /** Exactly one parent, of the caller's establishment (422 naming the field otherwise). */
    private Parent resolveParent(ActivityInput input, UUID pathIntervention, UUID pathConcertation, List<Problem.FieldError> errors) {
        UUID interventionId = input.interventionId();
        UUID concertationId = input.concertationId();
        if (pathIntervention != null) {
            if (interventionId != null && !interventionId.equals(pathIntervention)) {
                errors.add(new Problem.FieldError("interventionId", "must be the intervention of the path, or be omitted"));
            }
            interventionId = pathIntervention;
        }
        if (pathConcertation != null) {
            if (concertationId != null && !concertationId.equals(pathConcertation)) {
                errors.add(new Problem.FieldError("concertationId", "must be the concertation of the path, or be omitted"));
            }
            concertationId = pathConcertation;
        }
        if (interventionId != null && concertationId != null) {
            errors.add(new Problem.FieldError("interventionId", "give either interventionId or concertationId, not both"));
            errors.add(new Problem.FieldError("concertationId", "give either interventionId or concertationId, not both"));
            return null;
        }
        if (interventionId == null && concertationId == null) {
            errors.add(new Problem.FieldError("interventionId", "one of interventionId or concertationId is required"));
            errors.add(new Problem.FieldError("concertationId", "one of interventionId or concertationId is required"));
            return null;
        }
        String establishment = user.establishment();
        if (interventionId != null) {
            Intervention i = interventions.findById(interventionId);
            if (i == null || !i.establishmentCode.equals(establishment)) {
                errors.add(new Problem.FieldError("interventionId", "unknown intervention '" + interventionId + "' in your establishment"));
                return null;
            }
            return interventionParent(i);
        }
        Concertation c = concertations.findById(concertationId);
        if (c == null || !c.establishmentCode.equals(establishment)) {
            errors.add(new Problem.FieldError("concertationId", "unknown concertation '" + concertationId + "' in your establishment"));
            return null;
        }
        return concertationParent(c);
    }

    private Parent parentOf(Activity a) {
        if (a.interventionId != null) {
            return interventionParent(interventions.findById(a.interventionId));
        }
        return concertationParent(concertations.findById(a.concertationId));
    }

    private Parent interventionParent(Intervention i) {
        return new Parent(i.id, null, i.territoryCode, InterventionService.assigned(i), i.status == Intervention.Status.CLOSED,
                "intervention '" + i.title + "'");
    }

    private Parent concertationParent(Concertation c) {
        return new Parent(null, c.id, c.territoryCode, concertations.supportingOrganizerIds(c.id),
                c.status == Concertation.Status.CLOSED, "concertation '" + c.name + "'");
    }

    private void validateContent(ActivityInput input, List<Problem.FieldError> errors) {
        if (input.occurredOn() != null && input.occurredOn().isAfter(Dates.today())) {
            errors.add(new Problem.FieldError("occurredOn", "must not be in the future (today is " + Dates.today() + ", Québec time)"));
        }
        List<String> acts = input.acts() == null ? List.of() : input.acts();
        for (int k = 0; k < acts.size(); k++) {
            Problem.FieldError e = reference.checkCode("acts[" + k + "]", ReferenceKind.PROFESSIONAL_ACTS, acts.get(k));
            if (e != null) {
                errors.add(e);
            }
        }
    }

    private static ProblemException closed(Parent parent) {
        return new ProblemException(409, "conflict", "Conflict", "The " + parent.what() + " is closed: its activity journal "
                + "cannot change. Re-open it first (to ACTIVE) if work must be recorded.");
    }

    private static void apply(Activity a, ActivityInput input, Parent parent) {
        a.occurredOn = input.occurredOn();
        a.durationMinutes = input.durationMinutes();
        a.interventionId = parent.interventionId();
        a.concertationId = parent.concertationId();
        a.participants = input.participants();
        a.notes = input.notes() == null || input.notes().isBlank() ? null : input.notes().trim();
        Set<String> acts = new HashSet<>(input.acts());
        if (!a.acts.equals(acts)) {
            a.acts.clear();
            a.acts.addAll(acts);
        }
    }
}
