package quebec.maillon.request;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EligibilityInput", description = "The eligibility criteria of the service (seed 003), each answered: "
        + "true = the criterion is met. Failing any one makes the request ineligible.")
public record EligibilityInput(
        @NotNull @Schema(description = "The requester is of an admissible type (community organization, non-profit, "
                + "concertation, group of persons with a common goal, intersectoral partner such as a school or municipality).",
                examples = "true") Boolean eligibleRequester,
        @NotNull @Schema(description = "The action is in the field of health and social services and bears on the "
                + "social determinants of health.", examples = "true") Boolean eligibleHealthField,
        @NotNull @Schema(description = "The request is not religious in nature.", examples = "true") Boolean notReligious,
        @NotNull @Schema(description = "The request is not political (party) in nature.", examples = "true") Boolean notPoliticalParty,
        @NotNull @Schema(description = "The request is not solely recreational or of the social-club kind.", examples = "true")
        Boolean notSolelyRecreational,
        @Size(max = 4000) @Schema(description = "Notes of the assessment.", examples = "Organisme communautaire reconnu; besoin lié à la sécurité alimentaire.")
        String note) {
}
