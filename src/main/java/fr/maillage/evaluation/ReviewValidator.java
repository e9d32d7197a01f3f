package fr.maillage.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A member designated to validate a review (a troïka member), and his approval when given.
 */
@Entity
@Table(name = "evaluation_review_validator")
public class ReviewValidator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long reviewId;
    private Long userId;
    private String displayName;
    private Instant approvedAt;

    protected ReviewValidator() {
    }

    ReviewValidator(Long reviewId, Long userId, String displayName) {
        this.reviewId = reviewId;
        this.userId = userId;
        this.displayName = displayName;
    }

    void approve() {
        this.approvedAt = Instant.now();
    }

    void withdraw() {
        this.approvedAt = null;
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public boolean hasApproved() {
        return approvedAt != null;
    }
}
