package quebec.maillon.reference;

import java.util.Arrays;
import java.util.Optional;

/** The reference lists served at /api/v1/reference/{kind}; {@link #path} is the stable identifier. */
public enum ReferenceKind {
    TERRITORIES("territories", "Territoires (MRC ou RLS)", "Territories (MRC or RLS)"),
    SERVICE_OFFERS("service-offers", "Services offerts", "Services offered"),
    AXES("axes", "Axes d'intervention", "Axes of intervention"),
    INTERVENTION_TYPES("intervention-types", "Types d'intervention", "Types of intervention"),
    DETERMINANTS("determinants", "Déterminants de la santé", "Determinants of health"),
    POPULATIONS("populations", "Populations", "Populations"),
    PROFESSIONAL_ACTS("professional-acts", "Actes professionnels", "Professional acts"),
    ORGANIZATION_TYPES("organization-types", "Types d'organisation", "Organization types"),
    CONCERTATION_KINDS("concertation-kinds", "Types de lieux de concertation", "Kinds of concertation places"),
    CONCERTATION_THEMES("concertation-themes", "Thèmes de concertation", "Concertation themes"),
    REFUSAL_REASONS("refusal-reasons", "Motifs de refus", "Refusal reasons"),
    REQUEST_CHANNELS("request-channels", "Canaux de réception des demandes", "Request channels");

    public final String path;
    public final String labelFr;
    public final String labelEn;

    ReferenceKind(String path, String labelFr, String labelEn) {
        this.path = path;
        this.labelFr = labelFr;
        this.labelEn = labelEn;
    }

    public static Optional<ReferenceKind> fromPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}
