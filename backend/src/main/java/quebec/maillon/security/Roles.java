package quebec.maillon.security;

import java.util.List;

/** The realm roles of Maillon (Keycloak realm "maillon"). */
public final class Roles {

    public static final String ORGANIZER = "organizer";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    public static final String INTEGRATION = "integration";
    public static final String REPORTING = "reporting";

    /** All roles Maillon knows, in a stable order. */
    public static final List<String> ALL = List.of(ORGANIZER, MANAGER, ADMIN, INTEGRATION, REPORTING);

    private Roles() {
    }
}
