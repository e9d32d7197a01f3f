package fr.maillage.evaluation;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import fr.maillage.shared.text.RichText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The yearly review of a workspace (the revue de projet of a cité éducative, the contrat de ville's
 * report to its COPIL): its figures are assembled from the other modules when it is shown; what it
 * keeps is the narrative of each section (sanitised rich text) and its validation.
 */
@Entity
@Table(name = "evaluation_review")
@Audited("annualReview")
public class AnnualReview implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;

    @Column(name = "review_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReviewStatus status;

    private String governanceText;
    private String deploymentText;
    private String communicationText;
    private String financeText;
    private String evaluationText;
    private Instant validatedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected AnnualReview() {
    }

    AnnualReview(Long workspaceId, int year) {
        this.workspaceId = workspaceId;
        this.year = year;
        this.status = ReviewStatus.DRAFT;
        this.createdAt = Instant.now();
    }

    /** Replaces a section's narrative, sanitised; a validated review is no longer changed. */
    void write(ReviewSection section, String html) {
        requireDraft();
        String clean = RichText.sanitize(html);
        switch (section) {
            case GOVERNANCE -> governanceText = clean;
            case DEPLOYMENT -> deploymentText = clean;
            case COMMUNICATION -> communicationText = clean;
            case FINANCE -> financeText = clean;
            case EVALUATION -> evaluationText = clean;
        }
    }

    public String text(ReviewSection section) {
        return switch (section) {
            case GOVERNANCE -> governanceText;
            case DEPLOYMENT -> deploymentText;
            case COMMUNICATION -> communicationText;
            case FINANCE -> financeText;
            case EVALUATION -> evaluationText;
        };
    }

    void markValidated() {
        requireDraft();
        status = ReviewStatus.VALIDATED;
        validatedAt = Instant.now();
    }

    void requireDraft() {
        if (status == ReviewStatus.VALIDATED) {
            throw new BusinessRuleException("evaluation.review.validated");
        }
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public int getYear() {
        return year;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public boolean isValidated() {
        return status == ReviewStatus.VALIDATED;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return String.valueOf(year);
    }
}
