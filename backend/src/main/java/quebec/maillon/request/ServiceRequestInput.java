package quebec.maillon.request;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.organization.ContactInput;
import quebec.maillon.organization.OrganizationInput;

@Schema(name = "ServiceRequestInput", description = "A request as received (intake) or corrected. The requester is an "
        + "existing organization (`organizationId`) or a new one created in the same call (`organization`); the contact "
        + "is an existing contact of that organization (`contactId`) or a new one added to it (`contact`), or none.")
public record ServiceRequestInput(
        @Schema(description = "The requesting organization (give this or `organization`).",
                examples = "10000000-0000-4000-8000-000000000002") UUID organizationId,
        @Schema(description = "A new requesting organization, created with the request (give this or `organizationId`).")
        OrganizationInput organization,
        @Schema(description = "An existing contact of the organization (give this or `contact`, or neither).",
                examples = "11000000-0000-4000-8000-000000000002") UUID contactId,
        @Valid @Schema(description = "A new contact, added to the organization (without `id`).") ContactInput contact,
        @NotNull @PastOrPresent @Schema(description = "Date the request reached the team.", examples = "2026-11-16") LocalDate receivedOn,
        @NotBlank @Schema(description = "Code of the list request-channels.", examples = "EMAIL") String channel,
        @NotBlank @Schema(description = "Territory (MRC or RLS) whose local team handles the request.", examples = "LAN-JOLIETTE") String territory,
        @NotBlank @Schema(description = "Code of the list service-offers: the one service asked for.", examples = "ORGANIZATION_SUPPORT")
        String serviceOffer,
        @NotBlank @Size(max = 4000) @Schema(description = "The need, in the requester's words.",
                examples = "Nous voulons revoir nos règlements généraux avant notre assemblée générale de juin.") String need,
        @Size(max = 20) @Schema(description = "Codes of the list populations.", examples = "[\"LOW_INCOME\", \"FAMILIES\"]")
        List<@NotBlank String> populations,
        @Size(max = 20) @Schema(description = "Codes of the list determinants.", examples = "[\"POVERTY\", \"SOCIAL_ENVIRONMENT\"]")
        List<@NotBlank String> determinants) {
}
