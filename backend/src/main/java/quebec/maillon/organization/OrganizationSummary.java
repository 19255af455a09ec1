package quebec.maillon.organization;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationSummary", description = "An organization in a list (no contact people: read the organization for them).")
public record OrganizationSummary(
        @Schema(examples = "10000000-0000-4000-8000-000000000002") UUID id,
        @Schema(description = "Code of the list organization-types.", examples = "NON_PROFIT") String type,
        @Schema(examples = "Regroupement des organismes communautaires de Joliette") String name,
        @Schema(examples = "1170000002") String neq,
        @Schema(examples = "LAN-JOLIETTE") String territory,
        @Schema(examples = "Joliette") String city,
        @Schema(description = "True once archived. Synchronizing clients (updatedSince) receive archived organizations too, "
                + "with this flag.", examples = "false") boolean archived,
        OffsetDateTime updatedAt,
        @Schema(description = "When it was archived (null while current).") OffsetDateTime archivedAt,
        @Schema(description = "When contact people of this organization were last anonymized (privacy retention, or removed "
                + "while a request still names them); null when never. Anonymizing changes the organization's updatedAt: "
                + "a synchronizing client that sees this value change reads the organization again and erases its own copy "
                + "of the contacts no longer listed (see anonymizedContactIds).") OffsetDateTime contactsAnonymizedAt) {

    static OrganizationSummary of(Organization o, OffsetDateTime contactsAnonymizedAt) {
        return new OrganizationSummary(o.id, o.typeCode, o.name, o.neq, o.territoryCode, o.city, o.archived, o.updatedAt,
                o.archivedAt, contactsAnonymizedAt);
    }
}
