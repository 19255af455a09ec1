package quebec.maillon.organization;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization", description = "An organization the service works with, with its contact people.")
public record OrganizationDto(
        @Schema(examples = "10000000-0000-4000-8000-000000000002") UUID id,
        @Schema(description = "Code of the list organization-types.", examples = "NON_PROFIT") String type,
        @Schema(examples = "Regroupement des organismes communautaires de Joliette") String name,
        @Schema(description = "Québec enterprise number (NEQ), 10 digits.", examples = "1170000002") String neq,
        @Schema(description = "Territory code (MRC or RLS) of the caller's establishment.", examples = "LAN-JOLIETTE") String territory,
        Address address,
        @Schema(description = "Contact people, in their order.") List<ContactDto> contacts,
        @Schema(description = "True once archived: still readable, no longer offered for new requests.", examples = "false")
        boolean archived,
        @Schema(description = "When it was archived.") OffsetDateTime archivedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Contact people whose personal information was erased (privacy retention, or removed while a "
                + "request still names them): no longer in `contacts`; requests may still name them by id. A synchronizing "
                + "client erases its own copy of them.", examples = "[]") List<UUID> anonymizedContactIds,
        @Schema(description = "When contact people were last anonymized; null when never.") OffsetDateTime contactsAnonymizedAt) {

    static OrganizationDto of(Organization o, List<OrganizationContact> contacts, List<OrganizationContact> anonymized) {
        Address address = o.addressLine == null && o.city == null && o.postalCode == null
                ? null : new Address(o.addressLine, o.city, o.postalCode);
        return new OrganizationDto(o.id, o.typeCode, o.name, o.neq, o.territoryCode, address,
                contacts.stream().map(ContactDto::of).toList(), o.archived, o.archivedAt, o.createdAt, o.updatedAt,
                anonymized.stream().map(c -> c.id).toList(),
                anonymized.stream().map(c -> c.anonymizedAt).max(OffsetDateTime::compareTo).orElse(null));
    }
}
