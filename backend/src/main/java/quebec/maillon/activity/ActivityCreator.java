package quebec.maillon.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import quebec.maillon.common.Etags;
import quebec.maillon.common.IdempotencyService;
import quebec.maillon.concertation.ConcertationService;
import quebec.maillon.intervention.InterventionService;
import quebec.maillon.security.CurrentUser;

/** The HTTP side of recording an activity, shared by /activities and the nested routes: idempotent create, then 201. */
@ApplicationScoped
class ActivityCreator {

    @Inject
    ActivityService service;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    @Inject
    InterventionService interventions;

    @Inject
    ConcertationService concertations;

    /**
     * One transaction from the key's reservation to the answer: the created activity is read back from the persistence
     * context instead of a second connection, and its answer is built from the entities the create read
     * ({@link ActivityService#toDtoOfNew}); a replayed one's answer is read from the database.
     */
    @Transactional
    public Response create(String idempotencyKey, String operation, ActivityInput input, UUID intervention, UUID concertation) {
        // The intervention or concertation of the path (404 when there is none in the caller's establishment), read in
        // this transaction: the create's own check of its parent finds it in the persistence context.
        if (intervention != null) {
            interventions.get(intervention);
        }
        if (concertation != null) {
            concertations.get(concertation);
        }
        IdempotencyService.Outcome outcome = idempotency.create(user.actor(), idempotencyKey, operation, input,
                id -> service.create(id, input, intervention, concertation));
        Activity a = service.get(UUID.fromString(outcome.id()));
        Response.ResponseBuilder response = Response.created(URI.create("/api/v1/activities/" + a.id))
                .entity(outcome.replayed() ? service.toDto(a) : service.toDtoOfNew(a)).tag(Etags.tag(a.version));
        if (outcome.replayed()) {
            response.header(IdempotencyService.REPLAYED_HEADER, "true");
        }
        return response.build();
    }
}
