package quebec.maillon.common;

/** Who did something: a person or a machine client (from the token), or the system itself (scheduled jobs). */
public record Actor(String subject, String name, String client) {

    public static final Actor SYSTEM = new Actor("system", "Maillon", null);
}
