package quebec.maillon.privacy;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import quebec.maillon.common.Page;

/** The API shapes of the confidentiality-incident register. */
public final class IncidentDtos {

    private IncidentDtos() {
    }

    @Schema(name = "PrivacyIncidentInput", description = "A confidentiality incident as recorded in the register.")
    public record Input(
            @Schema(description = "When it happened, if known.", examples = "2026-10-02") LocalDate occurredOn,
            @NotNull @Schema(examples = "2026-10-03") LocalDate discoveredOn,
            @NotBlank @Size(max = 2000) @Schema(description = "What happened.",
                    examples = "Courriel contenant la liste des personnes-ressources envoyé au mauvais destinataire") String nature,
            @Size(max = 2000) @Schema(description = "Which personal information was concerned.", examples = "Noms, courriels et téléphones de 12 personnes-ressources") String informationConcerned,
            @Size(max = 2000) @Schema(description = "Records concerned (ids or description).", examples = "Organisations 10000000-0000-4000-8000-000000000001 et 10000000-0000-4000-8000-000000000002") String recordsConcerned,
            @Min(0) @Schema(examples = "12") Integer personsConcernedCount,
            @NotNull @Pattern(regexp = "LOW|MODERATE|SERIOUS", message = "must be one of LOW, MODERATE, SERIOUS")
            @Schema(description = "Risk of injury; SERIOUS obliges notifying the Commission d'accès à l'information and the persons.",
                    enumeration = {"LOW", "MODERATE", "SERIOUS"}, examples = "MODERATE") String riskLevel,
            @Size(max = 4000) @Schema(examples = "Destinataire joint; il confirme la suppression du courriel.") String riskAssessment,
            @Size(max = 4000) @Schema(examples = "Rappel des règles d'envoi à l'équipe; adresses vérifiées avant envoi.") String measures,
            @Schema(description = "When the CAI was notified.") LocalDate caiNotifiedOn,
            @Schema(description = "When the persons concerned were notified.") LocalDate personsNotifiedOn,
            @Pattern(regexp = "OPEN|CLOSED", message = "must be OPEN or CLOSED") @Schema(enumeration = {"OPEN", "CLOSED"}, examples = "OPEN")
            String status) {
    }

    @Schema(name = "PrivacyIncident")
    public record View(UUID id, LocalDate occurredOn, LocalDate discoveredOn, String nature, String informationConcerned,
            String recordsConcerned, Integer personsConcernedCount, String riskLevel, String riskAssessment,
            String measures, LocalDate caiNotifiedOn, LocalDate personsNotifiedOn, String status,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {

        static View of(PrivacyIncident i) {
            return new View(i.id, i.occurredOn, i.discoveredOn, i.nature, i.informationConcerned, i.recordsConcerned,
                    i.personsConcernedCount, i.riskLevel, i.riskAssessment, i.measures, i.caiNotifiedOn,
                    i.personsNotifiedOn, i.status, i.createdAt, i.updatedAt);
        }
    }

    @Schema(name = "PrivacyIncidentPage", description = "A page of incidents, most recently discovered first.")
    public static class PageView extends Page<View> {
        public PageView(List<View> items, String next) {
            super(items, next);
        }
    }

    @Schema(name = "RetentionSettings", description = "How long contact people are kept after the last dealings with their organization.")
    public record Retention(
            @NotNull @Min(1) @jakarta.validation.constraints.Max(50) @Schema(examples = "7") Integer contactRetentionYears) {
    }

    @Schema(name = "AnonymizationRun", description = "What the retention rule anonymizes (dry run) or anonymized.")
    public record Run(
            @Schema(description = "True when nothing was changed.") boolean dryRun,
            @Schema(examples = "7") int contactRetentionYears,
            @Schema(description = "Contacts whose organization's last dealings are before this date are anonymized.", examples = "2019-11-23")
            LocalDate cutoff,
            List<RunItem> contacts) {
    }

    @Schema(name = "AnonymizationRunItem")
    public record RunItem(UUID contactId, UUID organizationId, String organizationName, LocalDate lastDealings) {
    }
}
