package quebec.maillon.organization;

import static quebec.maillon.common.Cursor.READ_ONLY;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.DbClock;
import quebec.maillon.common.Etags;
import quebec.maillon.common.InputValidation;
import quebec.maillon.common.Keyset;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.common.SyncFeed;
import quebec.maillon.reference.ReferenceKind;
import quebec.maillon.reference.ReferenceService;
import quebec.maillon.security.Access;
import quebec.maillon.security.CurrentUser;

/**
 * Organizations and their contact people. Organizations are archived, never deleted; contact people are personal
 * information: masked in the audit trail, and each read of them is logged.
 */
@ApplicationScoped
public class OrganizationService {

    public static final String RECORD = "organization";
    static final String ANONYMIZED = "[anonymized]";

    /** How a list is sorted: by name (accents and case ignored), or by last update for sync. */
    public enum Sort {
        name, updatedAt
    }

    @Inject
    DbClock clock;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationContactRepository contacts;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    AuditService audit;

    @Inject
    ReferenceService reference;

    @Inject
    InputValidation validation;

    @Inject
    SyncFeed feed;

    /** An organization of the caller's establishment; 404 otherwise. */
    public Organization get(UUID id) {
        Organization o = organizations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("There is no organization with this id."));
        access.requireSameEstablishment(o.establishmentCode, RECORD);
        return o;
    }

    /** The organization as a whole, for its author (no read of personal information is logged). */
    public OrganizationDto view(Organization o) {
        return OrganizationDto.of(o, contacts.ofOrganization(o.id), contacts.anonymizedOf(o.id));
    }

    /** The organization as read by someone: the read of its contacts' personal information is written to the audit trail. */
    @Transactional
    public OrganizationDto read(Organization o) {
        List<OrganizationContact> list = contacts.ofOrganization(o.id);
        if (!list.isEmpty()) {
            audit.event(user.actor(), o.establishmentCode, AuditService.Action.READ_PERSONAL, RECORD, o.id,
                    Map.of("contacts", list.stream().map(c -> c.id.toString()).toList()));
        }
        return OrganizationDto.of(o, list, contacts.anonymizedOf(o.id));
    }

    /**
     * A page of organizations. With {@code updatedSince} or the sort {@code updatedAt} it is a page of a
     * synchronization pass (SyncFeed): archived organizations are included unless {@code archived} says otherwise,
     * and the last page says where the next pass starts.
     */
    public OrganizationPage list(String q, String type, String territory, Boolean archived, OffsetDateTime updatedSince,
            Sort sort, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        boolean sync = updatedSince != null || sort == Sort.updatedAt;
        Sort order = sort != null ? sort : sync ? Sort.updatedAt : Sort.name;
        SyncFeed.Position position = sync ? feed.open(updatedSince, cursor, 2) : null;
        List<String> after = sync ? position.after() : Cursor.decode(cursor, 2);
        StringBuilder where = new StringBuilder("establishmentCode = :establishment");
        Parameters params = Parameters.with("establishment", user.establishment());
        Boolean archivedOnly = archived != null ? archived : sync ? null : Boolean.FALSE;
        if (archivedOnly != null) {
            where.append(" and archived = :archived");
            params.and("archived", archivedOnly);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and cast(function('search_key', name) as String) like concat('%', cast(function('search_key', :q) as String), '%')");
            params.and("q", q.trim());
        }
        if (type != null && !type.isBlank()) {
            where.append(" and typeCode = :type");
            params.and("type", type);
        }
        if (territory != null && !territory.isBlank()) {
            where.append(" and territoryCode = :territory");
            params.and("territory", territory);
        }
        if (sync) {
            where.append(position.window().where("updatedAt"));
            position.window().parameters().forEach(params::and);
        }
        List<Keyset.Key> keys = order == Sort.name
                ? List.of(Keyset.Key.asc("cast(function('search_key', name) as String)"), Keyset.Key.asc("cast(id as String)"))
                : List.of(Keyset.Key.asc("updatedAt"), Keyset.Key.asc("id"));
        List<Object> values = null;
        if (after != null) {
            values = order == Sort.name ? List.of(after.get(0), after.get(1)) : List.of(parseInstant(after.get(0)), parseUuid(after.get(1)));
        }
        where.append(order == Sort.name ? Keyset.after(keys, values, params) : Keyset.afterRow(keys, values, params));
        List<Organization> rows = organizations.find(where + " order by " + Keyset.orderBy(keys), params)
                .withHint(READ_ONLY, true).page(0, size + 1).list();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            Organization last = rows.get(size - 1);
            Object[] keyset = order == Sort.name
                    ? new Object[] {searchKey(last.name), last.id}
                    : new Object[] {last.updatedAt.toInstant(), last.id};
            next = sync ? position.window().cursor(keyset) : Cursor.encode(keyset);
        }
        Map<UUID, OffsetDateTime> anonymized = contacts.lastAnonymized(rows.stream().map(o -> o.id).toList());
        return new OrganizationPage(rows.stream().map(o -> OrganizationSummary.of(o, anonymized.get(o.id))).toList(), next,
                sync ? position.window().nextUpdatedSince() : null);
    }

    @Transactional
    public UUID create(UUID id, OrganizationInput input) {
        return create(id, input, "").id;
    }

    /**
     * Creates an organization; {@code prefix} is prepended to the field names of errors (an organization created
     * within a request: "organization."). Used in the caller's transaction by the request intake.
     */
    @Transactional
    public Organization create(OrganizationInput input, String prefix) {
        return create(UUID.randomUUID(), input, prefix);
    }

    private Organization create(UUID id, OrganizationInput input, String prefix) {
        String establishment = user.establishment();
        validate(input, prefix, null);
        Organization o = new Organization();
        o.id = id;
        o.establishmentCode = establishment;
        apply(o, input);
        o.createdAt = o.updatedAt = clock.now();
        organizations.persist(o);
        List<OrganizationContact> saved = saveContacts(o, input.contacts() == null ? List.of() : input.contacts());
        organizations.flush();
        Map<String, Object> after = snapshot(o, saved);
        audit.record(user.actor(), establishment, AuditService.Action.CREATE, RECORD, o.id, null, after, personal(after));
        return o;
    }

    @Transactional
    public Organization update(UUID id, String ifMatch, OrganizationInput input) {
        Organization o = get(id);
        access.requireCanChange(o.territoryCode, null, null, "organizations");
        Etags.check(ifMatch, o.version);
        // Lock the row (checking its version) before the contacts: two updates at once then queue here and the
        // second gets a 412, instead of deadlocking on the contacts' foreign-key locks.
        organizations.getEntityManager().lock(o, LockModeType.PESSIMISTIC_WRITE);
        if (o.archived) {
            throw new ProblemException(409, "conflict", "Conflict",
                    "This organization is archived: it can be read, not changed.");
        }
        validate(input, "", o);
        List<OrganizationContact> current = contacts.ofOrganization(o.id);
        Map<String, Object> before = snapshot(o, current);
        apply(o, input);
        o.updatedAt = clock.now();
        List<OrganizationContact> saved = saveContacts(o, input.contacts() == null ? List.of() : input.contacts());
        organizations.flush();
        Map<String, Object> after = snapshot(o, saved);
        Set<String> personal = new HashSet<>(personal(before));
        personal.addAll(personal(after));
        audit.record(user.actor(), o.establishmentCode, AuditService.Action.UPDATE, RECORD, o.id, before, after, personal);
        return o;
    }

    @Transactional
    public Organization archive(UUID id, String ifMatch) {
        Organization o = get(id);
        access.requireCanChange(o.territoryCode, null, null, "organizations");
        Etags.check(ifMatch, o.version);
        if (o.archived) {
            throw new ProblemException(409, "conflict", "Conflict", "This organization is already archived.");
        }
        o.archived = true;
        o.archivedAt = clock.now();
        o.updatedAt = clock.now();
        organizations.flush();
        audit.record(user.actor(), o.establishmentCode, AuditService.Action.ARCHIVE, RECORD, o.id,
                Map.of("archived", false), Map.of("archived", true), Set.of());
        return o;
    }

    /**
     * For a request: the organization of the caller's establishment that may be named as requester, or a field
     * error (unknown, or archived).
     */
    public Problem.FieldError checkRequester(String field, UUID id) {
        Organization o = id == null ? null : organizations.findById(id);
        if (o == null || !o.establishmentCode.equals(user.establishment())) {
            return new Problem.FieldError(field, "unknown organization '" + id + "' in your establishment");
        }
        if (o.archived) {
            return new Problem.FieldError(field, "organization '" + o.name + "' is archived");
        }
        return null;
    }

    /** For a request: a field error unless the contact is a current contact of the organization. */
    public Problem.FieldError checkContact(String field, UUID organizationId, UUID contactId) {
        if (contactId == null) {
            return null;
        }
        OrganizationContact c = contacts.findById(contactId);
        if (c == null || !c.organizationId.equals(organizationId) || c.anonymizedAt != null) {
            return new Problem.FieldError(field, "unknown contact '" + contactId + "' of this organization");
        }
        return null;
    }

    /** Adds a contact person to an organization (a request's new contact); returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID addContact(Organization o, ContactInput input) {
        List<OrganizationContact> current = contacts.ofOrganization(o.id);
        Map<String, Object> before = snapshot(o, current);
        OrganizationContact c = newContact(o, input, current.stream().mapToInt(x -> x.position + 1).max().orElse(0));
        List<OrganizationContact> now = new ArrayList<>(current);
        now.add(c);
        // the contacts are part of the organization as read: its version (ETag) changes, so no stale update drops them
        o.updatedAt = clock.now();
        Map<String, Object> after = snapshot(o, now);
        Set<String> personal = new HashSet<>(personal(after));
        audit.record(user.actor(), o.establishmentCode, AuditService.Action.UPDATE, RECORD, o.id, before, after, personal);
        return c.id;
    }

    /** Field errors of a new organization's input (for a request creating its requester), names prefixed. */
    public List<Problem.FieldError> fieldErrors(OrganizationInput input, String prefix) {
        return errors(input, prefix, null);
    }

    /** Field errors of an input: Bean Validation, then reference codes, territory and contact ids. */
    List<Problem.FieldError> errors(OrganizationInput input, String prefix, Organization existing) {
        List<Problem.FieldError> errors = new ArrayList<>();
        validation.check(input).forEach(e -> errors.add(prefixed(prefix, e)));
        errors.add(prefixed(prefix, reference.checkCode("type", ReferenceKind.ORGANIZATION_TYPES, blankToNull(input.type()))));
        errors.add(prefixed(prefix, access.checkTerritory("territory", blankToNull(input.territory()))));
        if (input.contacts() != null) {
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < input.contacts().size(); i++) {
                ContactInput c = input.contacts().get(i);
                if (c == null || c.id() == null) {
                    continue;
                }
                OrganizationContact known = existing == null ? null : contacts.findById(c.id());
                if (known == null || !known.organizationId.equals(existing.id) || known.anonymizedAt != null || !seen.add(c.id())) {
                    errors.add(prefixed(prefix, new Problem.FieldError("contacts[" + i + "].id",
                            existing == null ? "must be absent for a new organization's contacts"
                                    : "unknown contact '" + c.id() + "' of this organization (or given twice)")));
                }
            }
        }
        return errors;
    }

    private void validate(OrganizationInput input, String prefix, Organization existing) {
        InputValidation.throwIfAny(errors(input, prefix, existing));
        String neq = blankToNull(input.neq());
        if (neq != null) {
            organizations.byNeq(user.establishment(), neq)
                    .filter(other -> existing == null || !other.id.equals(existing.id))
                    .ifPresent(other -> {
                        throw new ProblemException(409, "duplicate-neq", "Duplicate NEQ",
                                "The organization '" + other.name + "' (" + other.id + ") already has the NEQ " + neq
                                        + " in your establishment. Use that organization instead. Nothing was written.",
                                List.of(new Problem.FieldError(prefix + "neq", "is already the NEQ of organization " + other.id)));
                    });
        }
    }

    private static Problem.FieldError prefixed(String prefix, Problem.FieldError e) {
        return e == null || prefix.isEmpty() ? e : new Problem.FieldError(prefix + e.field(), e.message());
    }

    private static void apply(Organization o, OrganizationInput input) {
        o.typeCode = input.type();
        o.name = input.name().trim();
        o.neq = blankToNull(input.neq());
        o.territoryCode = input.territory();
        Address a = input.address();
        o.addressLine = a == null ? null : blankToNull(a.addressLine());
        o.city = a == null ? null : blankToNull(a.city());
        o.postalCode = a == null || blankToNull(a.postalCode()) == null ? null : postalCode(a.postalCode());
    }

    /** Replaces the contacts with those of the input: kept by id, added without; removed ones deleted or anonymized. */
    private List<OrganizationContact> saveContacts(Organization o, List<ContactInput> inputs) {
        Map<UUID, OrganizationContact> current = new HashMap<>();
        contacts.ofOrganization(o.id).forEach(c -> current.put(c.id, c));
        List<OrganizationContact> result = new ArrayList<>();
        int position = 0;
        for (ContactInput in : inputs) {
            OrganizationContact c = in.id() == null ? null : current.remove(in.id());
            if (c == null) {
                c = newContact(o, in, position);
            } else {
                c.position = position;
                c.name = in.name().trim();
                c.role = blankToNull(in.role());
                c.email = blankToNull(in.email());
                c.phone = blankToNull(in.phone());
            }
            result.add(c);
            position++;
        }
        for (OrganizationContact removed : current.values()) {
            if (contacts.isReferenced(removed.id)) {
                removed.name = ANONYMIZED;
                removed.role = null;
                removed.email = null;
                removed.phone = null;
                removed.anonymizedAt = clock.now();
                audit.event(user.actor(), o.establishmentCode, AuditService.Action.ANONYMIZE, RECORD, o.id,
                        Map.of("contact", removed.id.toString(), "reason", "removed from the organization; a request still names it"));
            } else {
                contacts.delete(removed);
            }
        }
        return result;
    }

    private OrganizationContact newContact(Organization o, ContactInput in, int position) {
        OrganizationContact c = new OrganizationContact();
        c.id = UUID.randomUUID();
        c.organizationId = o.id;
        c.position = position;
        c.name = in.name().trim();
        c.role = blankToNull(in.role());
        c.email = blankToNull(in.email());
        c.phone = blankToNull(in.phone());
        c.createdAt = clock.now();
        contacts.persist(c);
        return c;
    }

    /** The organization's fields plus one entry per contact field ("contacts.<id>.email"): those are personal. */
    private static Map<String, Object> snapshot(Organization o, List<OrganizationContact> list) {
        Map<String, Object> s = new LinkedHashMap<>(o.snapshot());
        s.put("contacts", list.stream().map(c -> c.id.toString()).toList());
        for (OrganizationContact c : list) {
            String key = "contacts." + c.id + ".";
            s.put(key + "name", c.name);
            s.put(key + "role", c.role);
            s.put(key + "email", c.email);
            s.put(key + "phone", c.phone);
        }
        return s;
    }

    private static Set<String> personal(Map<String, Object> snapshot) {
        Set<String> personal = new HashSet<>();
        for (String k : snapshot.keySet()) {
            if (k.startsWith("contacts.")) {
                personal.add(k);
            }
        }
        return personal;
    }

    static String postalCode(String value) {
        String compact = value.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.substring(0, 3) + " " + compact.substring(3);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The accent- and case-insensitive key the list sorts on (the same as the database's search_key). */
    private String searchKey(String name) {
        return (String) organizations.getEntityManager().createNativeQuery("SELECT search_key(?1)")
                .setParameter(1, name).getSingleResult();
    }

    private static UUID parseUuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                    "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
        }
    }

    private static java.time.OffsetDateTime parseInstant(String value) {
        try {
            return java.time.Instant.parse(value).atOffset(java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.validation(List.of(new Problem.FieldError("cursor",
                    "is not a cursor of this list: use the nextCursor of the previous page, unchanged")));
        }
    }
}
