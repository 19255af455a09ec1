package quebec.maillon.concertation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.DbClock;
import quebec.maillon.common.Etags;
import quebec.maillon.common.OrganizationLookup;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.organizer.OrganizerRef;
import quebec.maillon.organizer.OrganizerRepository;
import quebec.maillon.organizer.OrganizerService;
import quebec.maillon.security.CurrentUser;

/**
 * The sub-resources of a concertation place: member organizations, supporting organizers, meetings and action-plan
 * items. Each write checks that the caller may change the place, is audited, and marks the place as changed.
 */
@ApplicationScoped
public class ConcertationPartsService {

    public static final String MEMBER = "concertation-member";
    public static final String ORGANIZER = "concertation-organizer";
    public static final String MEETING = "concertation-meeting";
    public static final String ACTION_ITEM = "action-plan-item";

    @Inject
    DbClock clock;

    @Inject
    quebec.maillon.integration.Events events;

    @Inject
    ConcertationService concertations;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    OrganizationLookup organizations;

    @Inject
    OrganizerService organizerService;

    @Inject
    OrganizerRepository organizers;

    /** The place, if the caller may change it (404 when not of their establishment, 403 when not theirs). */
    private Concertation changeable(UUID concertationId) {
        Concertation c = concertations.get(concertationId);
        concertations.requireCanChange(c);
        return c;
    }

    private void audited(Concertation c, AuditService.Action action, String record, Object id, Map<String, ?> before, Map<String, ?> after) {
        audit.record(user.actor(), c.establishmentCode, action, record, id, before, after, Set.of());
        concertations.touch(c.id);
    }

    // ------------------------------------------------------------------------------------------- single reads

    /** One member, for its ETag (404 when not of the caller's establishment or not of this place). */
    public MemberDto member(UUID concertationId, UUID memberId) {
        ConcertationMember m = findMember(concertations.get(concertationId), memberId);
        return member(m, organizations.byIds(List.of(m.organizationId)).get(m.organizationId));
    }

    public SupportingOrganizerDto supportingOrganizer(UUID concertationId, UUID organizerId) {
        return organizer(findOrganizer(concertations.get(concertationId), organizerId));
    }

    public MeetingDto meeting(UUID concertationId, UUID meetingId) {
        return MeetingDto.of(findMeeting(concertations.get(concertationId), meetingId));
    }

    public ActionPlanItemDto item(UUID concertationId, UUID itemId) {
        return ActionPlanItemDto.of(findItem(concertations.get(concertationId), itemId));
    }

    // --------------------------------------------------------------------------------------------- members

    @Transactional
    public MemberDto addMember(UUID concertationId, MemberInput input) {
        Concertation c = changeable(concertationId);
        OrganizationLookup.Row org = checkMember(c, input, null);
        ConcertationMember m = new ConcertationMember();
        m.id = UUID.randomUUID();
        m.concertationId = c.id;
        applyMember(m, input);
        em.persist(m);
        em.flush();
        audited(c, AuditService.Action.CREATE, MEMBER, m.id, null, m.snapshot());
        return member(m, org);
    }

    @Transactional
    public MemberDto updateMember(UUID concertationId, UUID memberId, String ifMatch, MemberInput input) {
        Concertation c = changeable(concertationId);
        ConcertationMember m = findMember(c, memberId);
        Etags.check(ifMatch, m.version);
        OrganizationLookup.Row org = checkMember(c, input, m);
        Map<String, Object> before = m.snapshot();
        applyMember(m, input);
        em.flush();
        audited(c, AuditService.Action.UPDATE, MEMBER, m.id, before, m.snapshot());
        return member(m, org);
    }

    @Transactional
    public void deleteMember(UUID concertationId, UUID memberId, String ifMatch) {
        Concertation c = changeable(concertationId);
        ConcertationMember m = findMember(c, memberId);
        checkIfPresent(ifMatch, m.version);
        Map<String, Object> before = m.snapshot();
        em.remove(m);
        em.flush();
        audited(c, AuditService.Action.DELETE, MEMBER, m.id, before, null);
    }

    private ConcertationMember findMember(Concertation c, UUID memberId) {
        ConcertationMember m = em.find(ConcertationMember.class, memberId);
        if (m == null || !m.concertationId.equals(c.id)) {
            throw ProblemException.notFound("There is no member with this id in this concertation.");
        }
        return m;
    }

    private OrganizationLookup.Row checkMember(Concertation c, MemberInput input, ConcertationMember existing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<UUID, OrganizationLookup.Row> known = organizations.byIds(List.of(input.organizationId()));
        Problem.FieldError e = organizations.check("organizationId", input.organizationId(), c.establishmentCode, known);
        if (e != null) {
            errors.add(e);
        }
        if (input.leftOn() != null && input.leftOn().isBefore(input.joinedOn())) {
            errors.add(new Problem.FieldError("leftOn", "must not be before joinedOn"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        // One open membership per organization: a former member joins again with a new membership.
        List<ConcertationMember> others = em.createQuery("select m from ConcertationMember m where m.concertationId = :c "
                + "and m.organizationId = :o", ConcertationMember.class)
                .setParameter("c", c.id).setParameter("o", input.organizationId()).getResultList();
        for (ConcertationMember other : others) {
            if (existing != null && other.id.equals(existing.id)) {
                continue;
            }
            boolean overlap = (other.leftOn == null || !other.leftOn.isBefore(input.joinedOn()))
                    && (input.leftOn() == null || !input.leftOn().isBefore(other.joinedOn));
            if (overlap) {
                throw new ProblemException(409, "conflict", "Conflict", "'" + known.get(input.organizationId()).name()
                        + "' is already a member of this concertation over these dates (membership " + other.id + ").");
            }
        }
        return known.get(input.organizationId());
    }

    private static void applyMember(ConcertationMember m, MemberInput input) {
        m.organizationId = input.organizationId();
        m.role = input.role() == null || input.role().isBlank() ? null : input.role().trim();
        m.joinedOn = input.joinedOn();
        m.leftOn = input.leftOn();
    }

    private static MemberDto member(ConcertationMember m, OrganizationLookup.Row org) {
        java.time.LocalDate today = quebec.maillon.common.Dates.today();
        return new MemberDto(m.id, m.organizationId, org.name(), org.typeCode(), m.role, m.joinedOn, m.leftOn,
                m.leftOn == null || m.leftOn.isAfter(today), m.version);
    }

    // ------------------------------------------------------------------------------------------ organizers

    @Transactional
    public SupportingOrganizerDto addOrganizer(UUID concertationId, SupportingOrganizerInput input) {
        Concertation c = changeable(concertationId);
        if (input.organizerId() == null) {
            throw ProblemException.validation(List.of(new Problem.FieldError("organizerId", "must not be null")));
        }
        Problem.FieldError e = organizerService.checkAssignable("organizerId", input.organizerId());
        if (e != null) {
            throw ProblemException.validation(List.of(e));
        }
        if (em.find(ConcertationOrganizer.class, new ConcertationOrganizer.Key(c.id, input.organizerId())) != null) {
            throw new ProblemException(409, "conflict", "Conflict", "This organizer already supports this concertation: "
                    + "change their role with PUT /api/v1/concertations/" + c.id + "/organizers/" + input.organizerId() + ".");
        }
        ConcertationOrganizer o = new ConcertationOrganizer();
        o.concertationId = c.id;
        o.organizerId = input.organizerId();
        o.role = input.role();
        o.since = input.since();
        em.persist(o);
        em.flush();
        audited(c, AuditService.Action.CREATE, ORGANIZER, c.id + "/" + o.organizerId, null, o.snapshot());
        return organizer(o);
    }

    @Transactional
    public SupportingOrganizerDto updateOrganizer(UUID concertationId, UUID organizerId, String ifMatch, SupportingOrganizerInput input) {
        Concertation c = changeable(concertationId);
        ConcertationOrganizer o = findOrganizer(c, organizerId);
        Etags.check(ifMatch, o.version);
        if (input.organizerId() != null && !input.organizerId().equals(organizerId)) {
            throw ProblemException.validation(List.of(new Problem.FieldError("organizerId",
                    "must be the organizer of the path, or be omitted (to support with another organizer, add them)")));
        }
        Map<String, Object> before = o.snapshot();
        o.role = input.role();
        o.since = input.since();
        em.flush();
        audited(c, AuditService.Action.UPDATE, ORGANIZER, c.id + "/" + o.organizerId, before, o.snapshot());
        return organizer(o);
    }

    @Transactional
    public void removeOrganizer(UUID concertationId, UUID organizerId, String ifMatch) {
        Concertation c = changeable(concertationId);
        ConcertationOrganizer o = findOrganizer(c, organizerId);
        checkIfPresent(ifMatch, o.version);
        Map<String, Object> before = o.snapshot();
        em.remove(o);
        em.flush();
        audited(c, AuditService.Action.DELETE, ORGANIZER, c.id + "/" + o.organizerId, before, null);
    }

    private ConcertationOrganizer findOrganizer(Concertation c, UUID organizerId) {
        ConcertationOrganizer o = em.find(ConcertationOrganizer.class, new ConcertationOrganizer.Key(c.id, organizerId));
        if (o == null) {
            throw ProblemException.notFound("This organizer does not support this concertation.");
        }
        return o;
    }

    private SupportingOrganizerDto organizer(ConcertationOrganizer o) {
        OrganizerRef ref = organizers.refs(List.of(o.organizerId)).get(o.organizerId);
        return new SupportingOrganizerDto(o.organizerId, ref == null ? null : ref.name(), o.role, o.since, o.version);
    }

    // -------------------------------------------------------------------------------------------- meetings

    public MeetingPage meetings(UUID concertationId, String cursor, Integer limit) {
        Concertation c = concertations.get(concertationId);
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        String where = "m.concertationId = :c";
        java.time.LocalDate afterDate = null;
        UUID afterId = null;
        if (after != null) {
            try {
                afterDate = java.time.LocalDate.parse(after.get(0));
                afterId = UUID.fromString(after.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                        "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
            }
            where += " and (m.heldOn < :afterDate or (m.heldOn = :afterDate and m.id < :afterId))";
        }
        var query = em.createQuery("select m from Meeting m where " + where + " order by m.heldOn desc, m.id desc", Meeting.class)
                .setParameter("c", c.id);
        if (after != null) {
            query.setParameter("afterDate", afterDate).setParameter("afterId", afterId);
        }
        List<Meeting> rows = query.setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            Meeting last = rows.get(size - 1);
            next = Cursor.encode(last.heldOn, last.id);
        }
        return new MeetingPage(rows.stream().map(MeetingDto::of).toList(), next);
    }

    @Transactional
    public MeetingDto addMeeting(UUID concertationId, MeetingInput input) {
        Concertation c = changeable(concertationId);
        Meeting m = new Meeting();
        m.id = UUID.randomUUID();
        m.concertationId = c.id;
        applyMeeting(m, input);
        m.createdAt = m.updatedAt = clock.now();
        em.persist(m);
        em.flush();
        audited(c, AuditService.Action.CREATE, MEETING, m.id, null, m.snapshot());
        events.publish(c.establishmentCode, quebec.maillon.integration.EventType.CONCERTATION_MEETING_RECORDED, "concertation",
                c.id, Map.of("meetingId", m.id.toString(), "heldOn", m.heldOn.toString()));
        return MeetingDto.of(m);
    }

    @Transactional
    public MeetingDto updateMeeting(UUID concertationId, UUID meetingId, String ifMatch, MeetingInput input) {
        Concertation c = changeable(concertationId);
        Meeting m = findMeeting(c, meetingId);
        Etags.check(ifMatch, m.version);
        Map<String, Object> before = m.snapshot();
        applyMeeting(m, input);
        m.updatedAt = clock.now();
        em.flush();
        audited(c, AuditService.Action.UPDATE, MEETING, m.id, before, m.snapshot());
        return MeetingDto.of(m);
    }

    @Transactional
    public void deleteMeeting(UUID concertationId, UUID meetingId, String ifMatch) {
        Concertation c = changeable(concertationId);
        Meeting m = findMeeting(c, meetingId);
        checkIfPresent(ifMatch, m.version);
        Map<String, Object> before = m.snapshot();
        em.remove(m);
        em.flush();
        audited(c, AuditService.Action.DELETE, MEETING, m.id, before, null);
    }

    private Meeting findMeeting(Concertation c, UUID meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null || !m.concertationId.equals(c.id)) {
            throw ProblemException.notFound("There is no meeting with this id in this concertation.");
        }
        return m;
    }

    private static void applyMeeting(Meeting m, MeetingInput input) {
        m.heldOn = input.heldOn();
        m.place = input.place() == null || input.place().isBlank() ? null : input.place().trim();
        m.attendance = input.attendance();
        m.decisions = input.decisions() == null || input.decisions().isBlank() ? null : input.decisions().trim();
    }

    // ------------------------------------------------------------------------------------ action-plan items

    @Transactional
    public ActionPlanItemDto addItem(UUID concertationId, ActionPlanItemInput input) {
        Concertation c = changeable(concertationId);
        ActionPlanItem i = new ActionPlanItem();
        i.id = UUID.randomUUID();
        i.concertationId = c.id;
        applyItem(i, input);
        if (input.position() == null) {
            Number max = em.createQuery("select coalesce(max(i.position), 0) from ActionPlanItem i where i.concertationId = :c", Number.class)
                    .setParameter("c", c.id).getSingleResult();
            i.position = max.intValue() + 1;
        }
        i.createdAt = i.updatedAt = clock.now();
        em.persist(i);
        em.flush();
        audited(c, AuditService.Action.CREATE, ACTION_ITEM, i.id, null, i.snapshot());
        return ActionPlanItemDto.of(i);
    }

    @Transactional
    public ActionPlanItemDto updateItem(UUID concertationId, UUID itemId, String ifMatch, ActionPlanItemInput input) {
        Concertation c = changeable(concertationId);
        ActionPlanItem i = findItem(c, itemId);
        Etags.check(ifMatch, i.version);
        Map<String, Object> before = i.snapshot();
        applyItem(i, input);
        i.updatedAt = clock.now();
        em.flush();
        audited(c, AuditService.Action.UPDATE, ACTION_ITEM, i.id, before, i.snapshot());
        return ActionPlanItemDto.of(i);
    }

    @Transactional
    public void deleteItem(UUID concertationId, UUID itemId, String ifMatch) {
        Concertation c = changeable(concertationId);
        ActionPlanItem i = findItem(c, itemId);
        checkIfPresent(ifMatch, i.version);
        Map<String, Object> before = i.snapshot();
        em.remove(i);
        em.flush();
        audited(c, AuditService.Action.DELETE, ACTION_ITEM, i.id, before, null);
    }

    private ActionPlanItem findItem(Concertation c, UUID itemId) {
        ActionPlanItem i = em.find(ActionPlanItem.class, itemId);
        if (i == null || !i.concertationId.equals(c.id)) {
            throw ProblemException.notFound("There is no action-plan item with this id in this concertation.");
        }
        return i;
    }

    private static void applyItem(ActionPlanItem i, ActionPlanItemInput input) {
        i.objective = input.objective().trim();
        i.responsible = input.responsible() == null || input.responsible().isBlank() ? null : input.responsible().trim();
        i.dueOn = input.dueOn();
        i.state = input.state() == null ? ActionPlanItem.State.PLANNED : input.state();
        if (input.position() != null) {
            i.position = input.position();
        }
    }

    private static void checkIfPresent(String ifMatch, long version) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Etags.check(ifMatch, version);
        }
    }
}
