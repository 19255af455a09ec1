package quebec.maillon.security;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import quebec.maillon.reference.ReferenceService;

@Authenticated
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The authenticated caller")
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    ReferenceService reference;

    @Inject
    quebec.maillon.organizer.OrganizerService organizers;

    @GET
    @Operation(operationId = "getMe", summary = "Who am I",
            description = "The caller as the API sees them: name, roles, establishment, territories and preferred "
                    + "language, read from the verified token. Any role may call it.")
    @APIResponse(responseCode = "200", description = "The caller.")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public MeDto me() {
        String establishment = user.establishment();
        return new MeDto(user.username(), user.name(), user.email(), user.roles(),
                reference.establishment(establishment),
                reference.territories(establishment, user.territories()),
                user.preferredLanguage(), user.isServiceAccount(), organizers.currentId());
    }
}
