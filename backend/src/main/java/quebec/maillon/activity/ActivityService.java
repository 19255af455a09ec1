package quebec.maillon.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
import quebec.maillon.common.Etags;
import quebec.maillon.common.PageParts;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
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

    public ActivityPage list(Filter f, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
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
        if (f.updatedSince() != null) {
            where.append(" and a.updatedAt >= :updatedSince");
            params.put("updatedSince", f.updatedSince());
        }
        TypedQuery<Number> total = em.createQuery("select coalesce(sum(a.durationMinutes), 0) from Activity a where " + where, Number.class);
        params.forEach(total::setParameter);
        long totalMinutes = total.getSingleResult().longValue();
        if (after != null) {
            try {
                params.put("afterDate", LocalDate.parse(after.get(0)));
                params.put("afterId", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                        "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
            }
            // The first bound follows from the second; PostgreSQL can start the index scan at it.
            where.append(" and a.occurredOn <= :afterDate and (a.occurredOn < :afterDate or (a.occurredOn = :afterDate and a.id < :afterId))");
        }
        TypedQuery<Activity> query = em.createQuery("select a from Activity a where " + where
                + " order by a.occurredOn desc, a.id desc", Activity.class);
        params.forEach(query::setParameter);
        List<Activity> rows = query.setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            Activity last = rows.get(size - 1);
            next = Cursor.encode(last.occurredOn, last.id);
        }
        return new ActivityPage(toDtos(rows), next, totalMinutes);
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
     * Records an activity. {@code pathIntervention}/{@code pathConcertation} are the parent of a nested route
     * (already checked to exist in the caller's establishment), or null.
     */
    @Transactional
    public UUID create(ActivityInput input, UUID pathIntervention, UUID pathConcertation) {
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
        a.id = UUID.randomUUID();
        a.establishmentCode = user.establishment();
        a.organizerId = organizerId;
        apply(a, input, parent);
        a.createdAt = a.updatedAt = OffsetDateTime.now();
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
        a.updatedAt = OffsetDateTime.now();
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

    /** What a page of activities shows besides their own columns: acts, organizer name, title of the intervention or concertation. */
    static final PageParts.Query PARTS = PageParts.Query.of("""
            SELECT activity_id, 'acts', code, NULL, NULL FROM activity_act WHERE activity_id = ANY (?)
            UNION ALL
            SELECT a.id, 'activity', NULL, o.name, coalesce(i.title, c.name)
            FROM activity a LEFT JOIN organizer o ON o.id = a.organizer_id
            LEFT JOIN intervention i ON i.id = a.intervention_id LEFT JOIN concertation c ON c.id = a.concertation_id
            WHERE a.id = ANY (?)""");

    /**
     * DTOs of a page: acts, organizer names and parent titles come from one statement ({@link #PARTS}) whatever
     * the page size; the entities' collections are not initialized.
     */
    public List<ActivityDto> toDtos(List<Activity> list) {
        PageParts parts = PageParts.read(em, PARTS, list.stream().map(a -> a.id).toList());
        List<ActivityDto> dtos = new ArrayList<>(list.size());
        for (Activity a : list) {
            List<PageParts.Part> row = parts.of(a.id, "activity");
            String organizerName = row.isEmpty() ? null : row.get(0).name();
            String parentTitle = row.isEmpty() ? null : row.get(0).extra();
            dtos.add(new ActivityDto(a.id, a.occurredOn, a.durationMinutes, new OrganizerRef(a.organizerId, organizerName),
                    List.copyOf(new TreeSet<>(parts.values(a.id, "acts"))), a.notes, a.participants, a.interventionId,
                    a.concertationId, parentTitle, a.createdAt, a.updatedAt));
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
