package quebec.maillon.request;

import static quebec.maillon.common.Cursor.READ_ONLY;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.DbClock;
import quebec.maillon.common.Etags;
import quebec.maillon.common.InputValidation;
import quebec.maillon.common.Keyset;
import quebec.maillon.common.InList;
import quebec.maillon.common.PageParts;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.common.SyncFeed;
import quebec.maillon.intervention.InterventionService;
import quebec.maillon.organization.Organization;
import quebec.maillon.organization.OrganizationService;
import quebec.maillon.organizer.Organizer;
import quebec.maillon.organizer.OrganizerRepository;
import quebec.maillon.organizer.OrganizerService;
import quebec.maillon.reference.ReferenceItem;
import quebec.maillon.reference.ReferenceItemRepository;
import quebec.maillon.reference.ReferenceKind;
import quebec.maillon.reference.ReferenceService;
import quebec.maillon.security.Access;
import quebec.maillon.security.CurrentUser;
import quebec.maillon.security.Roles;

/**
 * Service requests: intake, eligibility and priority assessments, and the life cycle (with its history). Decisions
 * (ACCEPTED, WAITLISTED, REFUSED) belong to managers; accepting assigns the lead organizer and opens the intervention
 * in the same transaction.
 */
@ApplicationScoped
public class ServiceRequestService {

    public static final String RECORD = "service-request";
    static final ZoneId ZONE = quebec.maillon.common.Dates.ZONE;

    /** How a list is sorted; see the list operation's description. */
    public enum Sort {
        RECEIVED_ON("receivedOn"), RECEIVED_ON_DESC("-receivedOn"), PRIORITY("priority"), UPDATED_AT("updatedAt");

        public final String param;

        Sort(String param) {
            this.param = param;
        }

        public static Sort of(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            for (Sort s : values()) {
                if (s.param.equals(value.trim())) {
                    return s;
                }
            }
            throw ProblemException.validation(List.of(new Problem.FieldError("sort",
                    "must be one of receivedOn, -receivedOn, priority, updatedAt (was '" + value + "')")));
        }
    }

    /** The filters of a list. */
    public record Filter(List<RequestStatus> statuses, String territory, String serviceOffer, List<PriorityLevel> levels,
            UUID assignedOrganizer, UUID organization, LocalDate receivedFrom, LocalDate receivedTo,
            OffsetDateTime updatedSince, String q) {
    }

    @Inject
    DbClock clock;

    @Inject
    quebec.maillon.integration.Events events;

    @Inject
    ServiceRequestRepository requests;

    @Inject
    RequestTransitionRepository transitions;

    @Inject
    PriorityAssessmentRepository assessments;

    @Inject
    PriorityCriterionService criteria;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizerService organizerDirectory;

    @Inject
    OrganizerRepository organizers;

    @Inject
    InterventionService interventions;

    @Inject
    ReferenceService reference;

    @Inject
    ReferenceItemRepository referenceItems;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    AuditService audit;

    @Inject
    InputValidation validation;

    @Inject
    EntityManager em;

    @Inject
    SyncFeed feed;

    // ---------------------------------------------------------------------------------------------------- reads

    /** A request of the caller's establishment; 404 otherwise. */
    public ServiceRequest get(UUID id) {
        ServiceRequest r = requests.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no request with this id."));
        access.requireSameEstablishment(r.establishmentCode, "request");
        return r;
    }

    public ServiceRequestDto view(ServiceRequest r) {
        return views(List.of(r)).get(0);
    }

    /**
     * What a page of requests shows besides their own columns: organization name, populations, determinants, and the
     * intervention of those accepted ({@code :accepted}; probing the interventions' index for every request of a page
     * read ~140 buffers for the triage queue, which has none).
     */
    static final PageParts.Query PARTS = PageParts.Query.of("""
            SELECT id, 'organization', NULL, name, NULL FROM organization WHERE id = ANY (:organizations)
            UNION ALL
            SELECT request_id, 'populations', code, NULL, NULL FROM service_request_population WHERE request_id = ANY (:ids)
            UNION ALL
            SELECT request_id, 'determinants', code, NULL, NULL FROM service_request_determinant WHERE request_id = ANY (:ids)
            UNION ALL
            SELECT request_id, 'intervention', id::text, NULL, NULL FROM intervention WHERE request_id = ANY (:accepted)""");

    /**
     * DTOs of requests: their organizations' names, codes and interventions' ids come from one statement
     * ({@link #PARTS}) whatever the number of requests; the entities' collections are not initialized.
     */
    public List<ServiceRequestDto> views(List<ServiceRequest> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        PageParts parts = PageParts.read(em, PARTS, Map.of("ids", rows.stream().map(r -> r.id).toList(),
                "organizations", rows.stream().map(r -> r.organizationId).toList(),
                "accepted", rows.stream().filter(r -> r.status == RequestStatus.ACCEPTED).map(r -> r.id).toList()));
        List<ServiceRequestDto> dtos = new ArrayList<>(rows.size());
        for (ServiceRequest r : rows) {
            List<String> intervention = parts.values(r.id, "intervention");
            UUID interventionId = r.status == RequestStatus.ACCEPTED && !intervention.isEmpty() ? UUID.fromString(intervention.get(0)) : null;
            dtos.add(ServiceRequestDto.of(r, r.organizationId == null ? null : parts.name(r.organizationId, "organization"), parts.values(r.id, "populations"),
                    parts.values(r.id, "determinants"), interventionId));
        }
        return dtos;
    }

    public RequestTransitionPage history(UUID id) {
        ServiceRequest r = get(id);
        return new RequestTransitionPage(transitions.ofRequest(r.id).stream().map(RequestTransitionDto::of).toList());
    }

    public PriorityAssessmentPage priorityHistory(UUID id) {
        ServiceRequest r = get(id);
        return new PriorityAssessmentPage(assessments.ofRequest(r.id).stream().map(PriorityAssessmentDto::of).toList());
    }

    private static final String RANK = "(case when priorityLevel = quebec.maillon.request.PriorityLevel.HIGH then 3"
            + " when priorityLevel = quebec.maillon.request.PriorityLevel.MEDIUM then 2"
            + " when priorityLevel = quebec.maillon.request.PriorityLevel.LOW then 1 else 0 end)";
    private static final String SCORE = "coalesce(priorityScore, -1)";
    /**
     * The tie-breaker of every sort: the id, compared as a uuid (byte order, which is also the order of its lowercase
     * text), so that a page is the first rows of an index (V10) rather than every matching row sorted on its text.
     */
    private static final String ID = "id";

    public ServiceRequestPage list(Filter f, Sort sort, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        // With updatedSince (or sorted by updatedAt) the list is a pass of the sync feed (SyncFeed).
        boolean sync = f.updatedSince() != null || sort == Sort.UPDATED_AT;
        Sort order = sort != null ? sort : sync ? Sort.UPDATED_AT : Sort.RECEIVED_ON_DESC;
        int parts = order == Sort.PRIORITY ? 5 : 3;
        SyncFeed.Position position = sync ? feed.open(f.updatedSince(), cursor, parts) : null;
        List<String> after = sync ? position.after() : Cursor.decode(cursor, parts);
        StringBuilder where = new StringBuilder("establishmentCode = :establishment");
        Parameters params = Parameters.with("establishment", user.establishment());
        if (!f.statuses().isEmpty()) {
            InList statuses = InList.of("status", f.statuses());
            where.append(" and status in ").append(statuses.placeholders());
            statuses.addTo(params);
        }
        if (f.territory() != null && !f.territory().isBlank()) {
            where.append(" and territoryCode = :territory");
            params.and("territory", f.territory());
        }
        if (f.serviceOffer() != null && !f.serviceOffer().isBlank()) {
            where.append(" and serviceOfferCode = :serviceOffer");
            params.and("serviceOffer", f.serviceOffer());
        }
        if (!f.levels().isEmpty()) {
            InList levels = InList.of("level", f.levels());
            where.append(" and priorityLevel in ").append(levels.placeholders());
            levels.addTo(params);
        }
        if (f.assignedOrganizer() != null) {
            where.append(" and assignedOrganizerId = :assigned");
            params.and("assigned", f.assignedOrganizer());
        }
        if (f.organization() != null) {
            where.append(" and organizationId = :organization");
            params.and("organization", f.organization());
        }
        if (f.receivedFrom() != null) {
            where.append(" and receivedOn >= :receivedFrom");
            params.and("receivedFrom", f.receivedFrom());
        }
        if (f.receivedTo() != null) {
            where.append(" and receivedOn <= :receivedTo");
            params.and("receivedTo", f.receivedTo());
        }
        if (sync) {
            where.append(position.window().where("updatedAt"));
            position.window().parameters().forEach(params::and);
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like = "like concat('%', cast(function('search_key', :q) as String), '%')";
            where.append(" and (cast(function('search_key', need) as String) ").append(like)
                    .append(" or organizationId in (select o.id from Organization o where o.establishmentCode = :establishment"
                            + " and cast(function('search_key', o.name) as String) ").append(like).append("))");
            params.and("q", f.q().trim());
        }
        List<Keyset.Key> keys = switch (order) {
            case RECEIVED_ON -> List.of(Keyset.Key.asc("receivedOn"), Keyset.Key.asc(ID));
            case RECEIVED_ON_DESC -> List.of(Keyset.Key.desc("receivedOn"), Keyset.Key.desc(ID));
            case PRIORITY -> List.of(Keyset.Key.desc(RANK), Keyset.Key.desc(SCORE), Keyset.Key.asc("receivedOn"), Keyset.Key.asc(ID));
            case UPDATED_AT -> List.of(Keyset.Key.asc("updatedAt"), Keyset.Key.asc("id"));
        };
        List<Object> values = cursorValues(order, after);
        where.append(order == Sort.UPDATED_AT ? Keyset.afterRow(keys, values, params) : Keyset.after(keys, values, params));
        List<ServiceRequest> rows = requests.find(where + " order by " + Keyset.orderBy(keys), params).withHint(READ_ONLY, true)
                .page(0, size + 1).list();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            ServiceRequest last = rows.get(size - 1);
            Object[] keyset = switch (order) {
                case RECEIVED_ON, RECEIVED_ON_DESC -> new Object[] {order.param, last.receivedOn, last.id};
                case PRIORITY -> new Object[] {order.param, last.priorityLevel == null ? 0 : last.priorityLevel.rank(),
                        last.priorityScore == null ? -1 : last.priorityScore, last.receivedOn, last.id};
                case UPDATED_AT -> new Object[] {order.param, last.updatedAt.toInstant(), last.id};
            };
            next = sync ? position.window().cursor(keyset) : Cursor.encode(keyset);
        }
        return new ServiceRequestPage(views(rows), next, sync ? position.window().nextUpdatedSince() : null);
    }

    /** The typed sort-key values of a cursor (which names its sort, so that it is not used with another). */
    private static List<Object> cursorValues(Sort order, List<String> v) {
        if (v == null) {
            return null;
        }
        try {
            if (!order.param.equals(v.get(0))) {
                throw new IllegalArgumentException("cursor of another sort");
            }
            return switch (order) {
                case RECEIVED_ON, RECEIVED_ON_DESC -> List.of(LocalDate.parse(v.get(1)), UUID.fromString(v.get(2)));
                case PRIORITY -> List.of(Integer.valueOf(v.get(1)), Integer.valueOf(v.get(2)), LocalDate.parse(v.get(3)),
                        UUID.fromString(v.get(4)));
                case UPDATED_AT -> List.of(java.time.Instant.parse(v.get(1)).atOffset(java.time.ZoneOffset.UTC), UUID.fromString(v.get(2)));
            };
        } catch (RuntimeException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                    "is not a cursor of this list and sort: use the nextCursor of the previous page, unchanged")));
        }
    }

    // ---------------------------------------------------------------------------------------------------- intake

    @Transactional
    public UUID create(UUID id, ServiceRequestInput in) {
        String establishment = user.establishment();
        InputValidation.throwIfAny(errors(in));
        ServiceRequest r = new ServiceRequest();
        r.id = id;
        r.establishmentCode = establishment;
        r.status = RequestStatus.RECEIVED;
        applyIntake(r, in);
        r.createdAt = r.updatedAt = clock.now();
        requests.persist(r);
        requests.flush();
        record(r, null, RequestStatus.RECEIVED, null, null);
        audit.record(user.actor(), establishment, AuditService.Action.CREATE, RECORD, r.id, null, r.snapshot(), Set.of());
        events.publish(establishment, quebec.maillon.integration.EventType.REQUEST_RECEIVED, RECORD, r.id, Map.of(
                "organizationId", r.organizationId.toString(), "territory", r.territoryCode,
                "serviceOffer", r.serviceOfferCode, "receivedOn", r.receivedOn.toString()));
        return r.id;
    }

    @Transactional
    public ServiceRequest update(UUID id, String ifMatch, ServiceRequestInput in) {
        ServiceRequest r = get(id);
        requireCanChange(r);
        Etags.check(ifMatch, r.version);
        requireOpen(r, "changed");
        InputValidation.throwIfAny(errors(in));
        Map<String, Object> before = r.snapshot();
        applyIntake(r, in);
        r.updatedAt = clock.now();
        requests.flush();
        audit.record(user.actor(), r.establishmentCode, AuditService.Action.UPDATE, RECORD, r.id, before, r.snapshot(), Set.of());
        return r;
    }

    private List<Problem.FieldError> errors(ServiceRequestInput in) {
        List<Problem.FieldError> errors = new ArrayList<>(validation.check(in));
        if (in.organizationId() != null && in.organization() != null) {
            errors.add(new Problem.FieldError("organizationId", "give either organizationId or organization (a new one), not both"));
        } else if (in.organizationId() == null && in.organization() == null) {
            errors.add(new Problem.FieldError("organizationId", "is required (or give organization to create a new one)"));
        } else if (in.organizationId() != null) {
            Problem.FieldError e = organizations.checkRequester("organizationId", in.organizationId());
            errors.add(e);
            if (e == null) {
                errors.add(organizations.checkContact("contactId", in.organizationId(), in.contactId()));
            }
        } else {
            errors.addAll(organizations.fieldErrors(in.organization(), "organization."));
            if (in.contactId() != null) {
                errors.add(new Problem.FieldError("contactId", "must be absent with a new organization: give contact instead"));
            }
        }
        if (in.contactId() != null && in.contact() != null) {
            errors.add(new Problem.FieldError("contactId", "give either contactId or contact (a new one), not both"));
        }
        if (in.contact() != null && in.contact().id() != null) {
            errors.add(new Problem.FieldError("contact.id", "must be absent: a new contact gets its id; use contactId for an existing one"));
        }
        errors.add(reference.checkCode("channel", ReferenceKind.REQUEST_CHANNELS, blankToNull(in.channel())));
        errors.add(reference.checkCode("serviceOffer", ReferenceKind.SERVICE_OFFERS, blankToNull(in.serviceOffer())));
        errors.add(access.checkTerritory("territory", blankToNull(in.territory())));
        checkCodes(errors, "populations", ReferenceKind.POPULATIONS, in.populations());
        checkCodes(errors, "determinants", ReferenceKind.DETERMINANTS, in.determinants());
        return errors;
    }

    private void checkCodes(List<Problem.FieldError> errors, String field, ReferenceKind kind, List<String> codes) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) != null && !codes.get(i).isBlank()) {
                errors.add(reference.checkCode(field + "[" + i + "]", kind, codes.get(i)));
            }
        }
    }

    private void applyIntake(ServiceRequest r, ServiceRequestInput in) {
        Organization org = in.organizationId() != null
                ? organizations.get(in.organizationId())
                : organizations.create(in.organization(), "organization.");
        r.organizationId = org.id;
        r.contactId = in.contact() != null ? organizations.addContact(org, in.contact()) : in.contactId();
        r.receivedOn = in.receivedOn();
        r.channelCode = in.channel();
        r.territoryCode = in.territory();
        r.serviceOfferCode = in.serviceOffer();
        r.need = in.need().trim();
        r.populations.clear();
        if (in.populations() != null) {
            r.populations.addAll(new LinkedHashSet<>(in.populations()));
        }
        r.determinants.clear();
        if (in.determinants() != null) {
            r.determinants.addAll(new LinkedHashSet<>(in.determinants()));
        }
    }

    // ---------------------------------------------------------------------------------------------------- assessments

    @Transactional
    public ServiceRequest assessEligibility(UUID id, String ifMatch, EligibilityInput in) {
        ServiceRequest r = get(id);
        requireCanChange(r);
        Etags.check(ifMatch, r.version);
        requireOpen(r, "assessed");
        InputValidation.throwIfAny(validation.check(in));
        Map<String, Object> before = r.snapshot();
        r.eligibleRequester = in.eligibleRequester();
        r.eligibleHealthField = in.eligibleHealthField();
        r.notReligious = in.notReligious();
        r.notPoliticalParty = in.notPoliticalParty();
        r.notSolelyRecreational = in.notSolelyRecreational();
        r.eligibilityNote = blankToNull(in.note());
        r.eligibilityAssessedAt = clock.now();
        r.updatedAt = clock.now();
        requests.flush();
        Map<String, Object> after = r.snapshot();
        after.put("eligibilityAssessedAt", r.eligibilityAssessedAt);
        audit.record(user.actor(), r.establishmentCode, AuditService.Action.UPDATE, RECORD, r.id, before, after, Set.of());
        return r;
    }

    @Transactional
    public ServiceRequest assessPriority(UUID id, String ifMatch, PriorityAssessmentInput in) {
        ServiceRequest r = get(id);
        requireCanChange(r);
        Etags.check(ifMatch, r.version);
        requireOpen(r, "assessed");
        List<Problem.FieldError> errors = new ArrayList<>(validation.check(in));
        List<PriorityCriterion> active = criteria.active(r.establishmentCode);
        Map<String, PriorityCriterion> byCode = new LinkedHashMap<>();
        active.forEach(c -> byCode.put(c.id.code(), c));
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (in.scores() != null) {
            for (int i = 0; i < in.scores().size(); i++) {
                CriterionScoreInput s = in.scores().get(i);
                if (s == null || s.criterion() == null || s.criterion().isBlank()) {
                    continue;
                }
                if (!byCode.containsKey(s.criterion())) {
                    errors.add(new Problem.FieldError("scores[" + i + "].criterion",
                            "unknown or inactive priority criterion '" + s.criterion() + "'"));
                } else if (scores.putIfAbsent(s.criterion(), s.score()) != null) {
                    errors.add(new Problem.FieldError("scores[" + i + "].criterion", "is given twice"));
                }
            }
            Set<String> missing = new LinkedHashSet<>(byCode.keySet());
            missing.removeAll(scores.keySet());
            if (!missing.isEmpty()) {
                errors.add(new Problem.FieldError("scores", "must score every active criterion; missing: " + String.join(", ", missing)));
            }
        }
        InputValidation.throwIfAny(errors);
        PriorityAssessment a = new PriorityAssessment();
        a.requestId = r.id;
        a.assessedAt = OffsetDateTime.now();
        a.actorSubject = user.subject();
        a.actorName = user.name();
        a.note = blankToNull(in.note());
        int total = 0;
        int max = 0;
        for (PriorityCriterion c : active) {
            int score = scores.get(c.id.code());
            a.scores.add(new PriorityAssessment.Score(c.id.code(), c.weight, score));
            total += c.weight * score;
            max += c.weight * 3;
        }
        a.totalScore = total;
        a.maxScore = max;
        a.level = PriorityLevel.of(total, max);
        assessments.persist(a);
        Map<String, Object> before = r.snapshot();
        r.priorityScore = total;
        r.priorityLevel = a.level;
        r.updatedAt = clock.now();
        requests.flush();
        Map<String, Object> after = r.snapshot();
        after.put("priorityAssessmentId", a.id);
        audit.record(user.actor(), r.establishmentCode, AuditService.Action.UPDATE, RECORD, r.id, before, after, Set.of());
        return r;
    }

    // ---------------------------------------------------------------------------------------------------- life cycle

    @Transactional
    public ServiceRequest transition(UUID id, String ifMatch, RequestTransitionInput in) {
        ServiceRequest r = get(id);
        RequestStatus to = in.to();
        if (to != null) {
            requireMayMoveTo(to);
        }
        requireCanChange(r);
        Etags.check(ifMatch, r.version);
        InputValidation.throwIfAny(validation.check(in));
        RequestStatus from = r.status;
        if (!from.next().contains(to)) {
            String allowed = from.next().isEmpty() ? "none: " + from + " is final"
                    : from.next().stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new ProblemException(409, "transition-not-allowed", "Transition not allowed",
                    "A request cannot go from " + from + " to " + to + ". Allowed from " + from + ": " + allowed + ".");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Organizer lead = null;
        if (to == RequestStatus.ACCEPTED) {
            if (in.organizerId() == null) {
                errors.add(new Problem.FieldError("organizerId", "is required to accept: the lead organizer of the request"));
            } else {
                Problem.FieldError e = organizerDirectory.checkAssignable("organizerId", in.organizerId());
                if (e == null) {
                    lead = organizers.findById(in.organizerId());
                    if (!lead.territories.contains(r.territoryCode)) {
                        e = new Problem.FieldError("organizerId", "organizer '" + lead.name + "' does not work in the request's territory "
                                + r.territoryCode);
                    }
                }
                errors.add(e);
            }
        } else if (in.organizerId() != null) {
            errors.add(new Problem.FieldError("organizerId", "is given only to accept a request"));
        }
        if (to == RequestStatus.REFUSED) {
            errors.add(checkRefusalReason(r, blankToNull(in.reasonCode())));
        } else if (in.reasonCode() != null) {
            errors.add(new Problem.FieldError("reasonCode", "is given only to refuse a request"));
        }
        InputValidation.throwIfAny(errors);
        if (to == RequestStatus.ACCEPTED || to == RequestStatus.WAITLISTED) {
            if (r.eligibilityAssessedAt == null) {
                throw new ProblemException(409, "eligibility-not-assessed", "Eligibility not assessed",
                        "Assess the request's eligibility (PUT .../eligibility) before it is " + to + ".");
            }
            if (!EligibilityDto.failedReasons(r).isEmpty()) {
                throw new ProblemException(409, "request-ineligible", "Request ineligible",
                        "The request failed its eligibility assessment: it can be refused (reason "
                                + String.join(" or ", EligibilityDto.failedReasons(r)) + ") or withdrawn, not " + to + ".");
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from.name());
        details.put("to", to.name());
        LocalDate today = LocalDate.now(ZONE);
        r.status = to;
        if (to.isDecision()) {
            r.decidedOn = today;
            r.decisionNote = blankToNull(in.note());
        }
        if (to == RequestStatus.REFUSED) {
            r.refusalReasonCode = in.reasonCode().trim();
            details.put("reasonCode", r.refusalReasonCode);
        }
        if (to == RequestStatus.ACCEPTED) {
            r.assignedOrganizerId = lead.id;
            details.put("organizerId", lead.id.toString());
        }
        r.updatedAt = clock.now();
        requests.flush();
        if (to == RequestStatus.ACCEPTED) {
            Organization org = organizations.get(r.organizationId);
            UUID interventionId = interventions.openFromRequest(user.actor(), new InterventionService.FromRequest(r.id,
                    r.establishmentCode, org.name + " — " + serviceOfferLabel(r.serviceOfferCode), r.territoryCode, lead.id,
                    r.serviceOfferCode, new HashSet<>(r.determinants), new HashSet<>(r.populations), org.id, null, today));
            details.put("interventionId", interventionId.toString());
        }
        record(r, from, to, to == RequestStatus.REFUSED ? r.refusalReasonCode : null, blankToNull(in.note()));
        if (in.note() != null && !in.note().isBlank()) {
            details.put("note", in.note().trim());
        }
        audit.event(user.actor(), r.establishmentCode, AuditService.Action.TRANSITION, RECORD, r.id, details);
        if (to == RequestStatus.ACCEPTED || to == RequestStatus.REFUSED || to == RequestStatus.WAITLISTED) {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            data.put("from", from.name());
            data.put("to", to.name());
            if (r.refusalReasonCode != null && to == RequestStatus.REFUSED) {
                data.put("reasonCode", r.refusalReasonCode);
            }
            if (details.containsKey("interventionId")) {
                data.put("interventionId", details.get("interventionId"));
            }
            events.publish(r.establishmentCode, quebec.maillon.integration.EventType.REQUEST_DECIDED, RECORD, r.id, data);
        }
        return r;
    }

    /**
     * The refusal rule: a reason is required. When the eligibility assessment failed some criteria, the reason must be
     * one of theirs; an eligibility reason is accepted only for a criterion the assessment failed. Other reasons
     * (OTHER_RESOURCE, NO_CAPACITY, ...) apply to eligible requests and to requests not assessed.
     */
    private Problem.FieldError checkRefusalReason(ServiceRequest r, String reason) {
        if (reason == null) {
            return new Problem.FieldError("reasonCode", "is required to refuse a request (a code of the list refusal-reasons)");
        }
        Problem.FieldError unknown = reference.checkCode("reasonCode", ReferenceKind.REFUSAL_REASONS, reason);
        if (unknown != null) {
            return unknown;
        }
        List<String> failed = EligibilityDto.failedReasons(r);
        if (!failed.isEmpty() && !failed.contains(reason)) {
            return new Problem.FieldError("reasonCode", "must match a failed eligibility criterion: one of "
                    + String.join(", ", failed) + " (was '" + reason + "')");
        }
        if (failed.isEmpty() && EligibilityDto.REASONS.containsValue(reason)) {
            return new Problem.FieldError("reasonCode", r.eligibilityAssessedAt == null
                    ? "is an eligibility reason: record the eligibility assessment (PUT .../eligibility) with that criterion failed first"
                    : "is an eligibility reason, but the request met every eligibility criterion");
        }
        return null;
    }

    /** Decisions are the managers'; machine clients may only withdraw; organizers may start the analysis or withdraw. */
    private void requireMayMoveTo(RequestStatus to) {
        if (user.hasRole(Roles.MANAGER)) {
            return;
        }
        if (to.isDecision()) {
            throw ProblemException.forbidden("Only managers decide on requests (" + to + ").");
        }
        if (to == RequestStatus.UNDER_ANALYSIS && !user.hasRole(Roles.ORGANIZER)) {
            throw ProblemException.forbidden("Machine clients may withdraw a request, not start its analysis.");
        }
    }

    private void requireCanChange(ServiceRequest r) {
        UUID me = r.assignedOrganizerId != null && user.hasRole(Roles.ORGANIZER) && !user.hasRole(Roles.MANAGER)
                ? organizerDirectory.currentId() : null;
        access.requireCanChange(r.territoryCode, r.assignedOrganizerId == null ? List.of() : List.of(r.assignedOrganizerId),
                me, "requests");
    }

    private static void requireOpen(ServiceRequest r, String what) {
        if (!r.status.isOpen()) {
            throw new ProblemException(409, "request-closed", "Request closed",
                    "The request is " + r.status + ": it can no longer be " + what + ".");
        }
    }

    private void record(ServiceRequest r, RequestStatus from, RequestStatus to, String reason, String note) {
        RequestTransition t = new RequestTransition();
        t.requestId = r.id;
        t.fromStatus = from;
        t.toStatus = to;
        t.occurredAt = OffsetDateTime.now();
        t.actorSubject = user.subject();
        t.actorName = user.name();
        t.reasonCode = reason;
        t.note = note;
        transitions.persist(t);
    }

    private String serviceOfferLabel(String code) {
        ReferenceItem item = referenceItems.findById(new ReferenceItem.Key(ReferenceKind.SERVICE_OFFERS.path, code));
        return item == null ? code : item.labelFr;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
