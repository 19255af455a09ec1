package quebec.maillon.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;
import quebec.maillon.reference.TerritoryRepository;

/**
 * Establishment and territory scoping, on the server, for every record. Roles are checked declaratively on the
 * endpoints (@RolesAllowed); this class checks what roles cannot express:
 * <ul>
 * <li>a record of another establishment does not exist for the caller (404, its existence is not disclosed);</li>
 * <li>a territory given in input must be one of the caller's establishment (422 on the field);</li>
 * <li>an organizer changes only records of their territories or where they are assigned (403).</li>
 * </ul>
 */
@RequestScoped
public class Access {

    @Inject
    CurrentUser user;

    @Inject
    TerritoryRepository territories;

    /** 404 unless the record belongs to the caller's establishment. */
    public void requireSameEstablishment(String recordEstablishment, String what) {
        if (recordEstablishment == null || !recordEstablishment.equals(user.establishment())) {
            throw ProblemException.notFound("There is no " + what + " with this id.");
        }
    }

    /** A field error when the territory is not one of the caller's establishment (null when fine or absent). */
    public Problem.FieldError checkTerritory(String field, String territoryCode) {
        if (territoryCode == null) {
            return null;
        }
        boolean ours = territories.findByIdOptional(territoryCode)
                .map(t -> t.establishmentCode.equals(user.establishment()) && t.active).orElse(false);
        return ours ? null : new Problem.FieldError(field,
                "unknown territory '" + territoryCode + "' for your establishment");
    }

    /**
     * Organizers may change a record only in their territories or where they are assigned; managers and machine
     * clients may change any record of their establishment.
     */
    public void requireCanChange(String territoryCode, Collection<UUID> assignedOrganizers, UUID currentOrganizerId,
            String what) {
        if (user.hasRole(Roles.MANAGER) || user.hasRole(Roles.INTEGRATION)) {
            return;
        }
        if (user.hasRole(Roles.ORGANIZER)) {
            if (territoryCode != null && user.territories().contains(territoryCode)) {
                return;
            }
            if (currentOrganizerId != null && assignedOrganizers != null && assignedOrganizers.contains(currentOrganizerId)) {
                return;
            }
            throw ProblemException.forbidden("Organizers can change " + what
                    + " only in their own territories or where they are assigned.");
        }
        throw ProblemException.forbidden("Your role does not allow changing " + what + ".");
    }

    public boolean isManager() {
        return user.hasRole(Roles.MANAGER);
    }

    public List<String> myTerritories() {
        return user.territories();
    }
}
