package quebec.maillon.integration;

/** The events a webhook can subscribe to. Codes are stable; payloads grow only by adding fields. */
public enum EventType {
    REQUEST_RECEIVED("request.received"),
    REQUEST_DECIDED("request.decided"),
    INTERVENTION_OPENED("intervention.opened"),
    INTERVENTION_CLOSED("intervention.closed"),
    CONCERTATION_MEETING_RECORDED("concertation.meeting-recorded");

    public final String code;

    EventType(String code) {
        this.code = code;
    }

    public static EventType fromCode(String code) {
        for (EventType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return null;
    }
}
