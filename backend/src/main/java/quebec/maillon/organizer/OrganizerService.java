package quebec.maillon.organizer;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.DbClock;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.common.SyncFeed;
import quebec.maillon.security.Access;
import quebec.maillon.security.CurrentUser;
import quebec.maillon.security.Roles;

/**
 * The directory of organizers. An entry is created (or linked, when an admin added it ahead of time) the first
 * time a person logs in, and kept in step with the identity provider's name, email and territories.
 */
@ApplicationScoped
public class OrganizerService {

    public static final String RECORD = "organizer";
    private static final Set<String> PERSONAL = Set.of("email");

    @Inject
    DbClock clock;

    @Inject
    OrganizerRepository organizers;

    @Inject
    SyncFeed feed;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    AuditService audit;

    @Inject
    OrganizerRegistration registration;

    /** The caller's directory entry (created or refreshed from the token); empty for machine clients and reporting. */
    @Transactional
    public Optional<Organizer> current() {
        if (user.isServiceAccount() || !(user.hasRole(Roles.ORGANIZER) || user.hasRole(Roles.MANAGER))) {
            return Optional.empty();
        }
        String establishment = user.establishment();
        Set<String> territories = new TreeSet<>();
        for (String t : user.territories()) {
            if (access.checkTerritory("territories", t) == null) {
                territories.add(t);
            }
        }
        Organizer o = find(establishment);
        if (OrganizerRegistration.outOfStep(o, user, territories)) {
            // In this transaction; when a concurrent request of the same person wrote first, this reads what it wrote.
            registration.register(territories);
            o = find(establishment);
            if (o != null) {
                organizers.getEntityManager().refresh(o);
            }
        }
        return Optional.ofNullable(o);
    }

    private Organizer find(String establishment) {
        return organizers.bySubject(user.subject())
                .or(() -> organizers.byUsername(establishment, user.username()).filter(x -> x.subject == null))
                .orElse(null);
    }

    /** The caller's organizer id, if they are in the directory. */
    public UUID currentId() {
        return current().map(o -> o.id).orElse(null);
    }

    public Organizer get(UUID id) {
        Organizer o = organizers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("There is no organizer with this id."));
        access.requireSameEstablishment(o.establishmentCode, "organizer");
        return o;
    }

    /** An organizer of the caller's establishment, for assignment: 422 on {@code field} when unknown or inactive. */
    public Problem.FieldError checkAssignable(String field, UUID id) {
        if (id == null) {
            return null;
        }
        Organizer o = organizers.findById(id);
        if (o == null || !o.establishmentCode.equals(user.establishment())) {
            return new Problem.FieldError(field, "unknown organizer '" + id + "' in your establishment");
        }
        if (!o.active) {
            return new Problem.FieldError(field, "organizer '" + o.name + "' is no longer active");
        }
        return null;
    }

    /**
     * A page of the directory, by name; with {@code updatedSince}, a page of a synchronization pass (SyncFeed), by
     * updatedAt then id.
     */
    public OrganizerPage list(String territory, Boolean active, String q, OffsetDateTime updatedSince, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        boolean sync = updatedSince != null;
        SyncFeed.Position position = sync ? feed.open(updatedSince, cursor, 2) : null;
        List<String> after = sync ? position.after() : Cursor.decode(cursor, 2);
        StringBuilder where = new StringBuilder("establishmentCode = :establishment");
        Parameters params = Parameters.with("establishment", user.establishment());
        if (territory != null) {
            where.append(" and :territory member of territories");
            params.and("territory", territory);
        }
        if (active != null) {
            where.append(" and active = :active");
            params.and("active", active);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and cast(function('search_key', name) as String) like concat('%', cast(function('search_key', :q) as String), '%')");
            params.and("q", q.trim());
        }
        String order = "name, cast(id as String)";
        if (sync) {
            where.append(position.window().where("updatedAt"));
            position.window().parameters().forEach(params::and);
            order = "updatedAt, id";
            if (after != null) {
                try {
                    params.and("afterAt", java.time.Instant.parse(after.get(0)).atOffset(java.time.ZoneOffset.UTC))
                            .and("afterId", UUID.fromString(after.get(1)));
                } catch (RuntimeException e) {
                    throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                            "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
                }
                where.append(" and (updatedAt, id) > (:afterAt, :afterId)");
            }
        } else if (after != null) {
            where.append(" and (name > :afterName or (name = :afterName and cast(id as String) > :afterId))");
            params.and("afterName", after.get(0)).and("afterId", after.get(1));
        }
        List<Organizer> rows = organizers.find(where + " order by " + order, params).page(0, size + 1).list();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            Organizer last = rows.get(size - 1);
            next = sync ? position.window().cursor(last.updatedAt.toInstant(), last.id) : Cursor.encode(last.name, last.id);
        }
        return new OrganizerPage(rows.stream().map(OrganizerDto::of).toList(), next,
                sync ? position.window().nextUpdatedSince() : null);
    }

    @Transactional
    public UUID create(OrganizerInput input) {
        validate(input);
        String establishment = user.establishment();
        if (organizers.byUsername(establishment, input.username()).isPresent()) {
            throw new ProblemException(409, "conflict", "Conflict",
                    "An organizer with the username '" + input.username() + "' is already in the directory.");
        }
        Organizer o = new Organizer();
        o.id = UUID.randomUUID();
        o.establishmentCode = establishment;
        apply(o, input);
        o.createdAt = o.updatedAt = clock.now();
        organizers.persist(o);
        audit.record(user.actor(), establishment, AuditService.Action.CREATE, RECORD, o.id, null, o.snapshot(), PERSONAL);
        return o.id;
    }

    @Transactional
    public Organizer update(UUID id, String ifMatch, OrganizerInput input) {
        Organizer o = get(id);
        quebec.maillon.common.Etags.check(ifMatch, o.version);
        validate(input);
        if (!o.username.equals(input.username()) && organizers.byUsername(o.establishmentCode, input.username()).isPresent()) {
            throw new ProblemException(409, "conflict", "Conflict",
                    "An organizer with the username '" + input.username() + "' is already in the directory.");
        }
        Map<String, Object> before = o.snapshot();
        apply(o, input);
        o.updatedAt = clock.now();
        organizers.flush();
        audit.record(user.actor(), o.establishmentCode, AuditService.Action.UPDATE, RECORD, o.id, before, o.snapshot(), PERSONAL);
        return o;
    }

    private void validate(OrganizerInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.territories().size(); i++) {
            Problem.FieldError e = access.checkTerritory("territories[" + i + "]", input.territories().get(i));
            if (e != null) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    private static void apply(Organizer o, OrganizerInput input) {
        o.username = input.username();
        o.name = input.name().trim();
        o.email = input.email();
        o.active = input.active() == null || input.active();
        o.territories.clear();
        o.territories.addAll(input.territories());
    }
}
