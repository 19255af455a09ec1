package quebec.maillon.concertation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An organizer who supports a concertation, and their role there. */
@Entity
@Table(name = "concertation_organizer")
@IdClass(ConcertationOrganizer.Key.class)
public class ConcertationOrganizer {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "SupportingOrganizerRole", description = "FACILITATION, ADVICE, MEMBER or COORDINATION.")
    public enum Role {
        FACILITATION, ADVICE, MEMBER, COORDINATION
    }

    /** The composite key: one role per organizer and concertation. */
    public static class Key implements Serializable {
        public UUID concertationId;
        public UUID organizerId;

        public Key() {
        }

        public Key(UUID concertationId, UUID organizerId) {
            this.concertationId = concertationId;
            this.organizerId = organizerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(concertationId, k.concertationId)
                    && java.util.Objects.equals(organizerId, k.organizerId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(concertationId, organizerId);
        }
    }

    @Id
    public UUID concertationId;
    @Id
    public UUID organizerId;
    @Enumerated(EnumType.STRING)
    public Role role;
    public LocalDate since;
    @Version
    public long version;

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("concertationId", concertationId);
        s.put("organizerId", organizerId);
        s.put("role", role);
        s.put("since", since);
        return s;
    }
}
