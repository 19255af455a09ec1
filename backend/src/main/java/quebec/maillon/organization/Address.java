package quebec.maillon.organization;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Address", description = "Postal address of an organization (all parts optional).")
public record Address(
        @Size(max = 200) @Schema(examples = "200, rue De Salaberry") String addressLine,
        @Size(max = 100) @Schema(examples = "Joliette") String city,
        @Pattern(regexp = "[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]", message = "must be a Canadian postal code (A1A 1A1)")
        @Schema(description = "Canadian postal code; stored as «A1A 1A1».", examples = "J6E 4G4") String postalCode) {
}
