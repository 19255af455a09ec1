package quebec.maillon.intervention;

import static quebec.maillon.common.Cursor.READ_ONLY;
import quebec.maillon.common.NativeWrite;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Hibernate;
import quebec.maillon.common.Actor;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.Dates;
import quebec.maillon.common.DbClock;
import quebec.maillon.common.Etags;
import quebec.maillon.common.InList;
import quebec.maillon.common.Keyset;
import quebec.maillon.common.OrganizationLookup;
import quebec.maillon.common.PageParts;
import quebec.maillon.common.PlainSql;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.common.SyncFeed;
import quebec.maillon.concertation.Concertation;
import quebec.maillon.concertation.ConcertationRepository;
import quebec.maillon.organizer.OrganizerRef;
import quebec.maillon.organizer.OrganizerRepository;
import quebec.maillon.organizer.OrganizerService;
import quebec.maillon.reference.ReferenceKind;
import quebec.maillon.reference.ReferenceService;
import quebec.maillon.security.Access;
import quebec.maillon.security.CurrentUser;

/**
 * Interventions: opened from an accepted request or directly; their status changes only through recorded
 * transitions; closed with a bilan once at least one activity is recorded.
 */
@ApplicationScoped
public class InterventionService {

    public static final String RECORD = "intervention";

    /** The allowed changes of status. Anything else (including "to the same status") is a 409. */
    static final Map<Intervention.Status, Set<Intervention.Status>> TRANSITIONS = new EnumMap<>(Intervention.Status.class);

    static {
        TRANSITIONS.put(Intervention.Status.PLANNED, EnumSet.of(Intervention.Status.ACTIVE, Intervention.Status.CLOSED));
        TRANSITIONS.put(Intervention.Status.ACTIVE, EnumSet.of(Intervention.Status.ON_HOLD, Intervention.Status.CLOSED));
        TRANSITIONS.put(Intervention.Status.ON_HOLD, EnumSet.of(Intervention.Status.ACTIVE, Intervention.Status.CLOSED));
        TRANSITIONS.put(Intervention.Status.CLOSED, EnumSet.of(Intervention.Status.ACTIVE));
    }

    @Inject
    DbClock clock;

    @Inject
    quebec.maillon.integration.Events events;

    @Inject
    InterventionRepository interventions;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    OrganizerService organizerService;

    @Inject
    OrganizerRepository organizers;

    @Inject
    ReferenceService reference;

    @Inject
    OrganizationLookup organizations;

    @Inject
    ConcertationRepository concertations;

    @Inject
    SyncFeed feed;

    /** What an accepted request hands over to the intervention it opens. */
    public record FromRequest(UUID requestId, String establishmentCode, String title, String territoryCode,
            UUID leadOrganizerId, String serviceOfferCode, Set<String> determinants, Set<String> populations,
            UUID organizationId, String objectives, LocalDate openedOn) {
    }

    /**
     * Opens the intervention of an accepted request (status ACTIVE, the requester as supported organization), in
     * the caller's transaction; returns its id. A request opens at most one intervention.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID openFromRequest(Actor actor, FromRequest r) {
        Intervention existing = interventions.byRequest(r.requestId()).orElse(null);
        if (existing != null) {
            return existing.id;
        }
        Intervention i = new Intervention();
        i.id = UUID.randomUUID();
        i.establishmentCode = r.establishmentCode();
        i.title = r.title();
        i.territoryCode = r.territoryCode();
        i.leadOrganizerId = r.leadOrganizerId();
        i.serviceOfferCode = r.serviceOfferCode();
        i.requestId = r.requestId();
        i.objectives = r.objectives();
        i.status = Intervention.Status.ACTIVE;
        i.openedOn = r.openedOn();
        i.determinants.addAll(r.determinants());
        i.populations.addAll(r.populations());
        i.organizations.add(r.organizationId());
        i.createdAt = i.updatedAt = clock.now();
        interventions.persist(i);
        recordTransition(actor, i.id, null, Intervention.Status.ACTIVE, "Opened from accepted request " + r.requestId(), null, null);
        audit.record(actor, i.establishmentCode, AuditService.Action.CREATE, RECORD, i.id, null, i.snapshot(), Set.of());
        opened(i);
        return i.id;
    }

    /** The intervention.opened event (also when a closed intervention is re-opened). */
    private void opened(Intervention i) {
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("status", i.status.name());
        data.put("territory", i.territoryCode);
        data.put("serviceOffer", i.serviceOfferCode);
        data.put("openedOn", String.valueOf(i.openedOn));
        if (i.requestId != null) {
            data.put("requestId", i.requestId.toString());
        }
        events.publish(i.establishmentCode, quebec.maillon.integration.EventType.INTERVENTION_OPENED, RECORD, i.id, data);
    }

    // ------------------------------------------------------------------------------------------------- reads

    /** An intervention of the caller's establishment; 404 otherwise (another establishment's too). */
    public Intervention get(UUID id) {
        Intervention i = interventions.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no intervention with this id."));
        access.requireSameEstablishment(i.establishmentCode, "intervention");
        return i;
    }

    /** The list's filters (all optional). */
    public record Filter(UUID organizer, Intervention.Status status, String serviceOffer, String determinant,
            String territory, UUID organization, UUID concertation, LocalDate from, LocalDate to,
            OffsetDateTime updatedSince, String q) {
    }

    /**
     * A page of interventions: the most recently opened first; with {@code updatedSince}, a page of a
     * synchronization pass (SyncFeed), by updatedAt then id.
     */
    public InterventionPage list(Filter f, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        boolean sync = f.updatedSince() != null;
        SyncFeed.Position position = sync ? feed.open(f.updatedSince(), cursor, 2) : null;
        List<String> after = sync ? position.after() : Cursor.decode(cursor, 2);
        StringBuilder where;
        Parameters params;
        if (f.organizer() != null && f.from() != null) {
            // An organizer's open interventions (their dashboard): the ids of those of the caller's establishment they
            // lead and that are open on `from` come from an index-only scan (V12: lead, closing date), the co-organized
            // ones from theirs; only those rows are read, not the whole history of the organizer (~45 of ~325 rows at
            // province scale). The co-organized ones are looked up by primary key from the organizer's ids (V15: an
            // index-only scan) and only those open on `from` are kept; joined instead, PostgreSQL hashed the whole
            // establishment's interventions, and the closed ones (more than half) were read again by the page.
            // The page is then these ids only, by primary key: with the establishment in the condition too,
            // PostgreSQL walked the establishment's whole opened-on index to find them (1.9 → 1.0 ms).
            List<UUID> candidates = PlainSql.uuids(em, """
                    SELECT id FROM intervention WHERE lead_organizer_id = ? AND closed_on IS NULL AND establishment_code = ?
                    UNION SELECT id FROM intervention WHERE lead_organizer_id = ? AND closed_on >= ? AND establishment_code = ?
                    UNION SELECT id FROM intervention
                          WHERE id = ANY (ARRAY(SELECT intervention_id FROM intervention_co_organizer WHERE organizer_id = ?))
                          AND establishment_code = ? AND (closed_on IS NULL OR closed_on >= ?)""",
                    f.organizer(), user.establishment(), f.organizer(), f.from(), user.establishment(), f.organizer(),
                    user.establishment(), f.from());
            if (candidates.isEmpty()) {
                where = new StringBuilder("establishmentCode = :establishment and leadOrganizerId = :organizer");
                params = Parameters.with("establishment", user.establishment()).and("organizer", f.organizer());
            } else {
                InList ids = InList.of("candidate", candidates);
                where = new StringBuilder("id in ").append(ids.placeholders());
                params = ids.addTo(new Parameters());
            }
        } else {
            where = new StringBuilder("establishmentCode = :establishment");
            params = Parameters.with("establishment", user.establishment());
            if (f.organizer() != null) {
                // Lead or co-organizer. The co-organized ids are read first, so that PostgreSQL combines two index scans
                // (lead, id) instead of testing every intervention of the establishment ("member of" is a subquery per
                // row: 4 ms for an organizer's dashboard at province scale, against 0.5 ms).
                List<UUID> coOrganized = PlainSql.uuids(em,
                        "SELECT intervention_id FROM intervention_co_organizer WHERE organizer_id = ?", f.organizer());
                if (coOrganized.isEmpty()) {
                    where.append(" and leadOrganizerId = :organizer");
                } else {
                    InList ids = InList.of("coOrganized", coOrganized);
                    where.append(" and (leadOrganizerId = :organizer or id in ").append(ids.placeholders()).append(')');
                    ids.addTo(params);
                }
                params.and("organizer", f.organizer());
            }
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.and("status", f.status());
        }
        if (f.serviceOffer() != null) {
            where.append(" and serviceOfferCode = :serviceOffer");
            params.and("serviceOffer", f.serviceOffer());
        }
        if (f.determinant() != null) {
            where.append(" and :determinant member of determinants");
            params.and("determinant", f.determinant());
        }
        if (f.territory() != null) {
            where.append(" and territoryCode = :territory");
            params.and("territory", f.territory());
        }
        if (f.organization() != null) {
            where.append(" and :organization member of organizations");
            params.and("organization", f.organization());
        }
        if (f.concertation() != null) {
            where.append(" and concertationId = :concertation");
            params.and("concertation", f.concertation());
        }
        if (f.to() != null) {
            where.append(" and openedOn <= :to");
            params.and("to", f.to());
        }
        if (f.from() != null) {
            where.append(" and (closedOn is null or closedOn >= :from)");
            params.and("from", f.from());
        }
        if (sync) {
            where.append(position.window().where("updatedAt"));
            position.window().parameters().forEach(params::and);
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and cast(function('search_key', title) as String) like concat('%', cast(function('search_key', :q) as String), '%')");
            params.and("q", f.q().trim());
        }
        if (sync) {
            return syncPage(where, params, position, after, size);
        }
        if (after != null) {
            LocalDate afterDate;
            UUID afterId;
            try {
                afterDate = LocalDate.parse(after.get(0));
                afterId = UUID.fromString(after.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                        "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
            }
            // The first bound follows from the second; PostgreSQL can start the index scan at it.
            where.append(" and openedOn <= :afterDate and (openedOn < :afterDate or (openedOn = :afterDate and id < :afterId))");
            params.and("afterDate", afterDate).and("afterId", afterId);
        }
        List<Intervention> rows = interventions.find(where + " order by openedOn desc, id desc", params).withHint(READ_ONLY, true)
                .page(0, size + 1).list();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            Intervention last = rows.get(size - 1);
            next = Cursor.encode(last.openedOn, last.id);
        }
        return new InterventionPage(toDtos(rows), next, null);
    }

    private InterventionPage syncPage(StringBuilder where, Parameters params, SyncFeed.Position position, List<String> after,
            int size) {
        List<Keyset.Key> keys = List.of(Keyset.Key.asc("updatedAt"), Keyset.Key.asc("id"));
        List<Object> values = null;
        if (after != null) {
            try {
                values = List.of(java.time.Instant.parse(after.get(0)).atOffset(java.time.ZoneOffset.UTC), UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                        "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
            }
        }
        where.append(Keyset.afterRow(keys, values, params));
        List<Intervention> rows = interventions.find(where + " order by " + Keyset.orderBy(keys), params).withHint(READ_ONLY, true)
                .page(0, size + 1).list();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            Intervention last = rows.get(size - 1);
            next = position.window().cursor(last.updatedAt.toInstant(), last.id);
        }
        return new InterventionPage(toDtos(rows), next, position.window().nextUpdatedSince());
    }

    public InterventionHistory history(UUID id) {
        get(id);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, from_status, to_status, occurred_at, actor_name, note, closed_on, "
                + "closing_summary FROM intervention_transition WHERE intervention_id = ?1 ORDER BY id")
                .setParameter(1, id).getResultList();
        List<TransitionDto> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(new TransitionDto(((Number) r[0]).longValue(),
                    r[1] == null ? null : Intervention.Status.valueOf((String) r[1]),
                    Intervention.Status.valueOf((String) r[2]),
                    toOffset(r[3]), (String) r[4], (String) r[5], toDate(r[6]), (String) r[7]));
        }
        return new InterventionHistory(items);
    }

    /** True when at least one activity is recorded on the intervention. */
    public boolean hasActivity(UUID interventionId) {
        return !em.createNativeQuery("SELECT 1 FROM activity WHERE intervention_id = ?1 LIMIT 1")
                .setParameter(1, interventionId).getResultList().isEmpty();
    }

    /**
     * The lead and co-organizers: who counts as "assigned" for the change rules. The co-organizers come from the copy
     * V13 keeps on the row (read with it) unless their collection is loaded already (possibly changed in this
     * transaction): one statement fewer per write on an intervention or its journal.
     */
    public static Set<UUID> assigned(Intervention i) {
        Set<UUID> ids = new HashSet<>();
        if (i.coOrganizerIds != null && !Hibernate.isInitialized(i.coOrganizers)) {
            ids.addAll(Arrays.asList(i.coOrganizerIds));
        } else {
            ids.addAll(i.coOrganizers);
        }
        if (i.leadOrganizerId != null) {
            ids.add(i.leadOrganizerId);
        }
        return ids;
    }

    /**
     * 403 unless the caller may change this intervention (or record activities on it): managers and integration
     * clients always; organizers in its territory or when they are its lead or a co-organizer.
     */
    public void requireCanChange(Intervention i) {
        access.requireCanChange(i.territoryCode, assigned(i), organizerService.currentId(), "interventions");
    }

    // ------------------------------------------------------------------------------------------------ writes

    @Transactional
    public UUID create(UUID id, InterventionInput input) {
        String establishment = user.establishment();
        UUID lead = input.leadOrganizerId() != null ? input.leadOrganizerId() : organizerService.currentId();
        Intervention.Status status = input.status() == null ? Intervention.Status.ACTIVE : input.status();
        List<Problem.FieldError> errors = validate(input, lead, null);
        if (status != Intervention.Status.PLANNED && status != Intervention.Status.ACTIVE) {
            errors.add(new Problem.FieldError("status", "must be PLANNED or ACTIVE when opening an intervention"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Set<UUID> assigned = new HashSet<>(input.coOrganizerIdsOrEmpty());
        assigned.add(lead);
        access.requireCanChange(input.territoryCode(), assigned, organizerService.currentId(), "interventions");
        Intervention i = new Intervention();
        i.id = id;
        i.establishmentCode = establishment;
        apply(i, input, lead);
        i.status = status;
        i.createdAt = i.updatedAt = clock.now();
        interventions.persist(i);
        recordTransition(user.actor(), i.id, null, status, "Opened directly", null, null);
        audit.record(user.actor(), establishment, AuditService.Action.CREATE, RECORD, i.id, null, i.snapshot(), Set.of());
        opened(i);
        return i.id;
    }

    @Transactional
    public Intervention update(UUID id, String ifMatch, InterventionInput input) {
        Intervention i = get(id);
        Etags.check(ifMatch, i.version);
        requireCanChange(i);
        UUID lead = input.leadOrganizerId() != null ? input.leadOrganizerId() : i.leadOrganizerId;
        List<Problem.FieldError> errors = validate(input, lead, i);
        if (input.status() != null && input.status() != i.status) {
            errors.add(new Problem.FieldError("status",
                    "cannot be changed here: use POST /api/v1/interventions/" + id + "/transitions"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        Set<UUID> assigned = new HashSet<>(input.coOrganizerIdsOrEmpty());
        assigned.add(lead);
        access.requireCanChange(input.territoryCode(), assigned, organizerService.currentId(), "interventions");
        Map<String, Object> before = i.snapshot();
        apply(i, input, lead);
        i.updatedAt = clock.now();
        interventions.flush();
        audit.record(user.actor(), i.establishmentCode, AuditService.Action.UPDATE, RECORD, i.id, before, i.snapshot(), Set.of());
        // The copies of its codes and references on its row (V13) were just rewritten by the triggers.
        interventions.getEntityManager().refresh(i);
        return i;
    }

    @Transactional
    public Intervention transition(UUID id, String ifMatch, TransitionInput input) {
        Intervention i = get(id);
        if (ifMatch != null && !ifMatch.isBlank()) {
            Etags.check(ifMatch, i.version);
        }
        requireCanChange(i);
        Intervention.Status from = i.status;
        Intervention.Status to = input.to();
        if (from == to) {
            throw conflict("The intervention is already " + to + "."
                    + (to == Intervention.Status.CLOSED ? " It was closed on " + i.closedOn + "; re-open it (to ACTIVE) first." : ""));
        }
        if (!TRANSITIONS.get(from).contains(to)) {
            throw conflict("An intervention cannot go from " + from + " to " + to + ". From " + from + " it can go to "
                    + String.join(", ", TRANSITIONS.get(from).stream().map(Enum::name).toList()) + ".");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate closedOn = null;
        String summary = null;
        if (to == Intervention.Status.CLOSED) {
            closedOn = input.closedOn() == null ? Dates.today() : input.closedOn();
            summary = input.closingSummary() == null ? null : input.closingSummary().trim();
            if (summary == null || summary.isEmpty()) {
                errors.add(new Problem.FieldError("closingSummary", "is required to close an intervention (its bilan)"));
            }
            if (closedOn.isAfter(Dates.today())) {
                errors.add(new Problem.FieldError("closedOn", "must not be in the future"));
            } else if (closedOn.isBefore(i.openedOn)) {
                errors.add(new Problem.FieldError("closedOn", "must not be before the opening date " + i.openedOn));
            }
        }
        if (from == Intervention.Status.CLOSED && (input.note() == null || input.note().isBlank())) {
            errors.add(new Problem.FieldError("note", "is required to re-open a closed intervention (say why)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        if (to == Intervention.Status.CLOSED && !hasActivity(i.id)) {
            throw conflict("An intervention can be closed only once at least one activity is recorded on it. "
                    + "Record the work done (POST /api/v1/interventions/" + i.id + "/activities), then close it.");
        }
        Map<String, Object> before = i.snapshot();
        i.status = to;
        if (to == Intervention.Status.CLOSED) {
            i.closedOn = closedOn;
            i.closingSummary = summary;
        } else {
            i.closedOn = null;
            i.closingSummary = null;
        }
        i.updatedAt = clock.now();
        interventions.flush();
        String note = input.note() == null || input.note().isBlank() ? null : input.note().trim();
        recordTransition(user.actor(), i.id, from, to, note, closedOn, summary);
        audit.record(user.actor(), i.establishmentCode, AuditService.Action.TRANSITION, RECORD, i.id, before, i.snapshot(), Set.of());
        if (to == Intervention.Status.CLOSED) {
            events.publish(i.establishmentCode, quebec.maillon.integration.EventType.INTERVENTION_CLOSED, RECORD, i.id,
                    java.util.Map.of("closedOn", String.valueOf(i.closedOn), "serviceOffer", i.serviceOfferCode));
        } else if (from == Intervention.Status.CLOSED) {
            opened(i);
        }
        return i;
    }

    // ------------------------------------------------------------------------------------------------ mapping

    public InterventionDto toDto(Intervention i) {
        return toDtos(List.of(i)).get(0);
    }

    /**
     * The names a page of interventions shows besides its own columns, in one statement: its organizations' (name,
     * type) and its lead and co-organizers'. The codes and the ids come with the rows themselves (the copies of V13).
     */
    static final PageParts.Query NAMES = PageParts.Query.of("""
            SELECT id, 'organization', NULL, name, type_code FROM organization WHERE id = ANY (:ids)
            UNION ALL
            SELECT id, 'organizer', NULL, name, NULL FROM organizer WHERE id = ANY (:ids)""");

    /**
     * DTOs of a page (or of one intervention) as loaded: codes and references from the rows' copies, names from one
     * statement ({@link #NAMES}) whatever the page size; the entities' collections are not initialized.
     */
    public List<InterventionDto> toDtos(List<Intervention> list) {
        Set<UUID> referenced = new HashSet<>();
        for (Intervention i : list) {
            referenced.add(i.leadOrganizerId);
            referenced.addAll(ids(i.organizationIds));
            referenced.addAll(ids(i.coOrganizerIds));
        }
        referenced.remove(null);
        PageParts names = PageParts.read(em, NAMES, Map.of("ids", referenced));
        List<InterventionDto> dtos = new ArrayList<>();
        for (Intervention i : list) {
            List<InterventionOrganization> orgs = new ArrayList<>();
            for (UUID id : new TreeSet<>(ids(i.organizationIds))) {
                List<PageParts.Part> found = names.of(id, "organization");
                orgs.add(found.isEmpty() ? new InterventionOrganization(id, null, null)
                        : new InterventionOrganization(id, found.get(0).name(), found.get(0).extra()));
            }
            // Same order as before: by name, organizations of equal names by id.
            orgs.sort(Comparator.comparing((InterventionOrganization o) -> String.valueOf(o.name())).thenComparing(InterventionOrganization::id));
            dtos.add(new InterventionDto(i.id, i.title, i.territoryCode,
                    new OrganizerRef(i.leadOrganizerId, i.leadOrganizerId == null ? null : names.name(i.leadOrganizerId, "organizer")),
                    new TreeSet<>(ids(i.coOrganizerIds)).stream().map(id -> new OrganizerRef(id, names.name(id, "organizer"))).toList(),
                    i.serviceOfferCode, i.axisCode,
                    sorted(i.typeCodes), sorted(i.determinantCodes), sorted(i.populationCodes), orgs,
                    i.concertationId, i.requestId, i.objectives, i.status, i.openedOn, i.closedOn, i.closingSummary,
                    i.createdAt, i.updatedAt));
        }
        return dtos;
    }

    private static List<UUID> ids(UUID[] ids) {
        return ids == null ? List.of() : Arrays.stream(ids).filter(Objects::nonNull).toList();
    }

    private static List<String> sorted(String[] codes) {
        return codes == null ? List.of() : List.copyOf(new TreeSet<>(Arrays.asList(codes)));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Every field error of the input at once (codes, references, dates); {@code existing} is null on create. */
    private List<Problem.FieldError> validate(InterventionInput input, UUID lead, Intervention existing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String establishment = user.establishment();
        add(errors, access.checkTerritory("territoryCode", input.territoryCode()));
        if (lead == null) {
            errors.add(new Problem.FieldError("leadOrganizerId", "is required (you have no entry in the organizer directory)"));
        } else if (existing == null || !lead.equals(existing.leadOrganizerId)) {
            add(errors, organizerService.checkAssignable("leadOrganizerId", lead));
        }
        List<UUID> co = input.coOrganizerIdsOrEmpty();
        for (int k = 0; k < co.size(); k++) {
            UUID id = co.get(k);
            if (id == null) {
                continue;
            }
            if (id.equals(lead)) {
                errors.add(new Problem.FieldError("coOrganizerIds[" + k + "]", "is already the lead organizer"));
            } else if (existing == null || !existing.coOrganizers.contains(id) && !id.equals(existing.leadOrganizerId)) {
                add(errors, organizerService.checkAssignable("coOrganizerIds[" + k + "]", id));
            } else if (!sameEstablishmentOrganizer(id, establishment)) {
                errors.add(new Problem.FieldError("coOrganizerIds[" + k + "]", "unknown organizer '" + id + "' in your establishment"));
            }
        }
        add(errors, reference.checkCode("serviceOfferCode", ReferenceKind.SERVICE_OFFERS, input.serviceOfferCode()));
        add(errors, reference.checkCode("axisCode", ReferenceKind.AXES, blankToNull(input.axisCode())));
        codes(errors, "types", ReferenceKind.INTERVENTION_TYPES, input.typesOrEmpty());
        codes(errors, "determinants", ReferenceKind.DETERMINANTS, input.determinantsOrEmpty());
        codes(errors, "populations", ReferenceKind.POPULATIONS, input.populationsOrEmpty());
        List<UUID> orgIds = input.organizationIdsOrEmpty();
        Map<UUID, OrganizationLookup.Row> known = organizations.byIds(new LinkedHashSet<>(orgIds.stream().filter(x -> x != null).toList()));
        for (int k = 0; k < orgIds.size(); k++) {
            add(errors, organizations.check("organizationIds[" + k + "]", orgIds.get(k), establishment, known));
        }
        if (input.concertationId() != null) {
            Concertation c = concertations.findById(input.concertationId());
            if (c == null || !c.establishmentCode.equals(establishment)) {
                errors.add(new Problem.FieldError("concertationId", "unknown concertation '" + input.concertationId() + "' in your establishment"));
            }
        }
        LocalDate openedOn = input.openedOn() != null ? input.openedOn() : existing != null ? existing.openedOn : Dates.today();
        if (openedOn.isAfter(Dates.today())) {
            errors.add(new Problem.FieldError("openedOn", "must not be in the future"));
        } else if (existing != null && existing.closedOn != null && openedOn.isAfter(existing.closedOn)) {
            errors.add(new Problem.FieldError("openedOn", "must not be after the closing date " + existing.closedOn));
        }
        return errors;
    }

    private boolean sameEstablishmentOrganizer(UUID id, String establishment) {
        var o = organizers.findById(id);
        return o != null && o.establishmentCode.equals(establishment);
    }

    private void codes(List<Problem.FieldError> errors, String field, ReferenceKind kind, List<String> codes) {
        for (int k = 0; k < codes.size(); k++) {
            add(errors, reference.checkCode(field + "[" + k + "]", kind, codes.get(k)));
        }
    }

    private static void apply(Intervention i, InterventionInput input, UUID lead) {
        i.title = input.title().trim();
        i.territoryCode = input.territoryCode();
        i.leadOrganizerId = lead;
        i.serviceOfferCode = input.serviceOfferCode();
        i.axisCode = blankToNull(input.axisCode());
        i.concertationId = input.concertationId();
        i.objectives = blankToNull(input.objectives());
        if (input.openedOn() != null) {
            i.openedOn = input.openedOn();
        } else if (i.openedOn == null) {
            i.openedOn = Dates.today();
        }
        replace(i.coOrganizers, input.coOrganizerIdsOrEmpty());
        replace(i.types, input.typesOrEmpty());
        replace(i.determinants, input.determinantsOrEmpty());
        replace(i.populations, input.populationsOrEmpty());
        replace(i.organizations, input.organizationIdsOrEmpty());
    }

    /** Replaces a collection's content only when it differs, so that an unchanged update writes nothing. */
    private static <T> void replace(Set<T> target, Collection<T> values) {
        Set<T> wanted = new HashSet<>(values);
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }

    private void recordTransition(Actor actor, UUID id, Intervention.Status from, Intervention.Status to, String note,
            LocalDate closedOn, String closingSummary) {
        NativeWrite.to(em, "intervention_transition", "INSERT INTO intervention_transition (intervention_id, from_status, to_status, actor_subject, "
                + "actor_name, note, closed_on, closing_summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                .setParameter(1, id).setParameter(2, from == null ? null : from.name()).setParameter(3, to.name())
                .setParameter(4, actor.subject()).setParameter(5, actor.name()).setParameter(6, note)
                .setParameter(7, closedOn).setParameter(8, closingSummary)
                .executeUpdate();
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict", detail);
    }

    private static void add(List<Problem.FieldError> errors, Problem.FieldError error) {
        if (error != null) {
            errors.add(error);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static OffsetDateTime toOffset(Object value) {
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

    private static LocalDate toDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return null;
    }
}
