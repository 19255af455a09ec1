package quebec.maillon.security;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.reference.LabelledCode;

@Schema(name = "Me", description = "The authenticated caller.")
public record MeDto(
        @Schema(description = "Login name (for machine clients, Keycloak's service account name).", examples = "marie.tremblay")
        String username,
        @Schema(description = "Display name.", examples = "Marie Tremblay")
        String name,
        @Schema(description = "Email, when the identity provider has one.", examples = "marie.tremblay@demo.maillon.quebec")
        String email,
        @Schema(description = "Maillon roles held: organizer, manager, admin, integration, reporting.", examples = "[\"organizer\"]")
        List<String> roles,
        @Schema(description = "The caller's establishment (CISSS or CIUSSS).")
        LabelledCode establishment,
        @Schema(description = "The territories (MRC or RLS) the caller works in.")
        List<LabelledCode> territories,
        @Schema(description = "Preferred language of the person: fr or en.", enumeration = {"fr", "en"}, examples = "fr")
        String preferredLanguage,
        @Schema(description = "True for a machine client (client credentials).", examples = "false")
        boolean serviceAccount,
        @Schema(description = "The caller's id in the organizer directory (organizers and managers; absent for machine clients).",
                examples = "5b0b7c4e-8a51-4a37-9d59-6f1b1c0e8f10")
        java.util.UUID organizerId) {
}
