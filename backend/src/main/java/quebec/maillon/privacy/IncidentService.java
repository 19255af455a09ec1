package quebec.maillon.privacy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import quebec.maillon.common.AuditService;
import quebec.maillon.common.Cursor;
import quebec.maillon.common.Etags;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.security.Access;
import quebec.maillon.security.CurrentUser;

/** The confidentiality-incident register of an establishment. */
@ApplicationScoped
public class IncidentService {

    public static final String RECORD = "privacy-incident";

    @ApplicationScoped
    public static class Repository implements PanacheRepositoryBase<PrivacyIncident, UUID> {
    }

    @Inject
    Repository incidents;

    @Inject
    CurrentUser user;

    @Inject
    Access access;

    @Inject
    AuditService audit;

    public PrivacyIncident get(UUID id) {
        PrivacyIncident i = incidents.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("There is no incident with this id."));
        access.requireSameEstablishment(i.establishmentCode, "incident");
        return i;
    }

    public IncidentDtos.PageView list(String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        String where = "establishmentCode = :est";
        Parameters params = Parameters.with("est", user.establishment());
        if (after != null) {
            where += " and (discoveredOn < :d or (discoveredOn = :d and cast(id as String) < :id))";
            try {
                params.and("d", LocalDate.parse(after.get(0))).and("id", after.get(1));
            } catch (java.time.format.DateTimeParseException e) {
                throw ProblemException.validation(List.of(new Problem.FieldError("cursor", "is not a cursor of this list")));
            }
        }
        List<PrivacyIncident> rows = incidents.find(where + " order by discoveredOn desc, cast(id as String) desc", params)
                .page(0, size + 1).list();
        String next = null;
        if (rows.size() > size) {
            rows = new ArrayList<>(rows.subList(0, size));
            PrivacyIncident last = rows.get(size - 1);
            next = Cursor.encode(last.discoveredOn, last.id);
        }
        return new IncidentDtos.PageView(rows.stream().map(IncidentDtos.View::of).toList(), next);
    }

    @Transactional
    public UUID create(UUID id, IncidentDtos.Input in) {
        validate(in);
        PrivacyIncident i = new PrivacyIncident();
        i.id = id;
        i.establishmentCode = user.establishment();
        apply(i, in);
        i.createdAt = i.updatedAt = OffsetDateTime.now();
        incidents.persist(i);
        audit.record(user.actor(), i.establishmentCode, AuditService.Action.CREATE, RECORD, i.id, null, i.snapshot(), null);
        return i.id;
    }

    @Transactional
    public PrivacyIncident update(UUID id, String ifMatch, IncidentDtos.Input in) {
        PrivacyIncident i = get(id);
        Etags.check(ifMatch, i.version);
        validate(in);
        Map<String, Object> before = i.snapshot();
        apply(i, in);
        i.updatedAt = OffsetDateTime.now();
        incidents.flush();
        audit.record(user.actor(), i.establishmentCode, AuditService.Action.UPDATE, RECORD, i.id, before, i.snapshot(), null);
        return i;
    }

    private static void validate(IncidentDtos.Input in) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (in.occurredOn() != null && in.occurredOn().isAfter(in.discoveredOn())) {
            errors.add(new Problem.FieldError("occurredOn", "must not be after discoveredOn"));
        }
        if ("SERIOUS".equals(in.riskLevel()) && "CLOSED".equals(in.status())
                && (in.caiNotifiedOn() == null || in.personsNotifiedOn() == null)) {
            errors.add(new Problem.FieldError("status",
                    "an incident with a serious risk can be closed only once the CAI and the persons are notified"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }

    private static void apply(PrivacyIncident i, IncidentDtos.Input in) {
        i.occurredOn = in.occurredOn();
        i.discoveredOn = in.discoveredOn();
        i.nature = in.nature().trim();
        i.informationConcerned = in.informationConcerned();
        i.recordsConcerned = in.recordsConcerned();
        i.personsConcernedCount = in.personsConcernedCount();
        i.riskLevel = in.riskLevel();
        i.riskAssessment = in.riskAssessment();
        i.measures = in.measures();
        i.caiNotifiedOn = in.caiNotifiedOn();
        i.personsNotifiedOn = in.personsNotifiedOn();
        i.status = in.status() == null ? "OPEN" : in.status();
    }
}
