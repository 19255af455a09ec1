package quebec.maillon.integration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

/** API shapes of webhook subscriptions and their delivery log. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookInput", description = "A webhook subscription: where to POST which events.")
    public record Input(
            @NotBlank @Size(max = 2000) @Schema(description = "HTTPS endpoint that receives the events.",
                    examples = "https://entrepot.cisss-lanaudiere.example/maillon/events") String url,
            @NotNull @NotEmpty @Size(max = 10) @Schema(description = "Event types: request.received, request.decided, "
                    + "intervention.opened, intervention.closed, concertation.meeting-recorded.",
                    examples = "[\"request.received\", \"request.decided\"]") List<@NotBlank String> eventTypes,
            @Size(max = 500) @Schema(examples = "Entrepôt de données du CISSS") String description,
            @Schema(description = "False pauses deliveries (default true).", examples = "true") Boolean active) {
    }

    @Schema(name = "Webhook")
    public record View(UUID id, String url, List<String> eventTypes, String description, boolean active,
            @Schema(description = "Only in the answer to the creation: the secret that signs every delivery "
                    + "(X-Maillon-Signature: sha256=HMAC-SHA256(secret, \"{X-Maillon-Timestamp}.{body}\"), hex). Store it.")
            String secret,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    @Schema(name = "WebhookPage")
    public static class PageView extends Page<View> {
        public PageView(List<View> items, String next) {
            super(items, next);
        }
    }

    @Schema(name = "WebhookDelivery", description = "One attempt series of one event to one subscriber.")
    public record Delivery(long id, long eventId, String eventType, String recordId,
            @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}) String status, int attempts,
            Integer lastStatusCode, String lastError, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt,
            OffsetDateTime createdAt) {
    }

    @Schema(name = "WebhookDeliveryPage")
    public static class DeliveryPage extends Page<Delivery> {
        public DeliveryPage(List<Delivery> items, String next) {
            super(items, next);
        }
    }
}
