package quebec.maillon.request;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One priority assessment of a request (revisable: each revision is a new assessment; the latest is current). */
@Entity
@Table(name = "priority_assessment")
public class PriorityAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID requestId;
    public OffsetDateTime assessedAt;
    public String actorSubject;
    public String actorName;
    public int totalScore;
    public int maxScore;
    @Enumerated(EnumType.STRING)
    public PriorityLevel level;
    public String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "priority_assessment_score", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("criterionCode")
    public List<Score> scores = new ArrayList<>();

    /** A criterion's score (0..3) with the weight the criterion had when assessed. */
    @Embeddable
    public static class Score {
        public String criterionCode;
        public int weight;
        public int score;

        public Score() {
        }

        public Score(String criterionCode, int weight, int score) {
            this.criterionCode = criterionCode;
            this.weight = weight;
            this.score = score;
        }
    }
}
