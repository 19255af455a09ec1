package quebec.maillon.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import quebec.maillon.common.Problem;
import quebec.maillon.common.ProblemException;

/** Reference lists: the shared vocabulary of the domain, and each establishment's territories. */
@ApplicationScoped
public class ReferenceService {

    /** How a list may be sorted: its own order, or alphabetically on one of its labels. */
    public enum Sort {
        sortOrder, labelFr, labelEn
    }

    @Inject
    EstablishmentRepository establishments;

    @Inject
    TerritoryRepository territories;

    @Inject
    ReferenceItemRepository items;

    public List<ReferenceKindDto> kinds() {
        return Arrays.stream(ReferenceKind.values()).map(k -> new ReferenceKindDto(k.path, k.labelFr, k.labelEn)).toList();
    }

    public ReferenceListDto list(String kindPath, String establishment, Sort sort) {
        ReferenceKind kind = ReferenceKind.fromPath(kindPath).orElseThrow(() -> ProblemException.notFound(
                "There is no reference list '" + kindPath + "'. Known lists: "
                        + String.join(", ", kinds().stream().map(ReferenceKindDto::kind).toList()) + "."));
        List<ReferenceItemDto> dtos = kind == ReferenceKind.TERRITORIES
                ? territories.ofEstablishment(establishment).stream()
                        .map(t -> new ReferenceItemDto(t.code, t.labelFr, t.labelEn, t.sortOrder, t.active)).toList()
                : items.ofKind(kind.path).stream()
                        .map(i -> new ReferenceItemDto(i.id.code(), i.labelFr, i.labelEn, i.sortOrder, i.active)).toList();
        return new ReferenceListDto(kind.path, kind.labelFr, kind.labelEn, sorted(dtos, sort));
    }

    public LabelledCode establishment(String code) {
        Establishment e = establishments.findByIdOptional(code).orElseThrow(() -> ProblemException.forbidden(
                "Your account's establishment '" + code + "' is not known to Maillon; ask your administrator."));
        return new LabelledCode(e.code, e.labelFr, e.labelEn);
    }

    /** The caller's territories among those of their establishment, in the establishment's order. */
    public List<LabelledCode> territories(String establishment, List<String> codes) {
        Set<String> wanted = Set.copyOf(codes);
        return territories.ofEstablishment(establishment).stream()
                .filter(t -> wanted.contains(t.code))
                .map(t -> new LabelledCode(t.code, t.labelFr, t.labelEn))
                .toList();
    }

    /**
     * Checks that a code belongs to a reference list; returns a field error otherwise. Used by every feature
     * that stores codes, so that an unknown code is a 422 naming the field.
     */
    public Problem.FieldError checkCode(String field, ReferenceKind kind, String code) {
        if (code == null) {
            return null;
        }
        boolean known = items.findByIdOptional(new ReferenceItem.Key(kind.path, code)).map(i -> i.active).orElse(false);
        return known ? null : new Problem.FieldError(field, "unknown " + kind.path + " code '" + code + "'");
    }

    static List<ReferenceItemDto> sorted(List<ReferenceItemDto> dtos, Sort sort) {
        if (sort == null || sort == Sort.sortOrder) {
            return dtos;
        }
        Function<ReferenceItemDto, String> label = sort == Sort.labelFr ? ReferenceItemDto::labelFr : ReferenceItemDto::labelEn;
        Collator collator = Collator.getInstance(sort == Sort.labelFr ? Locale.CANADA_FRENCH : Locale.CANADA);
        collator.setStrength(Collator.TERTIARY);
        return dtos.stream().sorted(Comparator.comparing(label, collator)).toList();
    }
}
