package quebec.maillon.reference;

import java.util.List;

@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ReferenceKinds", description = "The reference lists served.")
public record ReferenceKindsDto(List<ReferenceKindDto> items) {
}
