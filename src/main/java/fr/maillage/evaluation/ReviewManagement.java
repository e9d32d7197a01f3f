package fr.maillage.evaluation;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual review: opened for a year, its figures assembled from the other modules, its
 * narrative written section by section, approved by each of its validators (the troïka members);
 * the last approval validates it. Changing the narrative withdraws the approvals already given.
 */
@Service
@Transactional
public class ReviewManagement {

    private final AnnualReviews reviews;
    private final ReviewValidators validators;
    private final WorkspaceManagement workspaces;
    private final ProgrammeView programme;
    private final GovernanceView governance;
    private final FundingView funding;
    private final EvaluationDashboards dashboards;

    ReviewManagement(AnnualReviews reviews, ReviewValidators validators, WorkspaceManagement workspaces,
            ProgrammeView programme, GovernanceView governance, FundingView funding, EvaluationDashboards dashboards) {
        this.reviews = reviews;
        this.validators = validators;
        this.workspaces = workspaces;
        this.programme = programme;
        this.governance = governance;
        this.funding = funding;
        this.dashboards = dashboards;
    }

    @Transactional(readOnly = true)
    public List<AnnualReview> reviews(Long workspaceId) {
        return reviews.findByWorkspaceIdOrderByYearDesc(workspaceId);
    }

    @Transactional(readOnly = true)
    public AnnualReview review(Long workspaceId, int year) {
        return reviews.findByWorkspaceIdAndYear(workspaceId, year)
                .orElseThrow(() -> new NotFoundException("review " + workspaceId + "/" + year));
    }

    /** Opens the review of a year (or returns the one already open). */
    public AnnualReview open(Long workspaceId, int year) {
        if (year < 2000 || year > 2100) {
            throw new BusinessRuleException("evaluation.review.year.invalid");
        }
        return reviews.findByWorkspaceIdAndYear(workspaceId, year)
                .orElseGet(() -> reviews.save(new AnnualReview(workspaceId, year)));
    }

    /** Replaces the narrative of the given sections; the approvals already given are withdrawn. */
    public void write(Long workspaceId, int year, long expectedVersion, Map<ReviewSection, String> texts) {
        AnnualReview review = review(workspaceId, year);
        if (review.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(AnnualReview.class, review.getId());
        }
        texts.forEach(review::write);
        validators.findByReviewIdOrderByDisplayNameAsc(review.getId()).forEach(ReviewValidator::withdraw);
    }

    /** Designates the validators among the workspace's members. */
    public void designate(Long workspaceId, int year, Collection<Long> userIds) {
        AnnualReview review = review(workspaceId, year);
        review.requireDraft();
        Map<Long, String> members = new LinkedHashMap<>();
        workspaces.members(workspaceId).forEach(m -> members.put(m.user().getId(), m.user().getDisplayName()));
        List<ReviewValidator> current = validators.findByReviewIdOrderByDisplayNameAsc(review.getId());
        for (ReviewValidator v : current) {
            if (!userIds.contains(v.getUserId())) {
                validators.delete(v);
            }
        }
        for (Long userId : userIds) {
            if (!members.containsKey(userId)) {
                throw new BusinessRuleException("evaluation.review.validator.notMember");
            }
            if (current.stream().noneMatch(v -> v.getUserId().equals(userId))) {
                validators.save(new ReviewValidator(review.getId(), userId, members.get(userId)));
            }
        }
    }

    @Transactional(readOnly = true)
    public boolean isValidator(Long workspaceId, int year, Long userId) {
        return reviews.findByWorkspaceIdAndYear(workspaceId, year)
                .flatMap(r -> validators.findByReviewIdAndUserId(r.getId(), userId)).isPresent();
    }

    /** Records a validator's approval; the last one validates the review. */
    public AnnualReview approve(Long workspaceId, int year, Long userId) {
        AnnualReview review = review(workspaceId, year);
        review.requireDraft();
        ReviewValidator validator = validators.findByReviewIdAndUserId(review.getId(), userId)
                .orElseThrow(() -> new BusinessRuleException("evaluation.review.validator.not"));
        validator.approve();
        if (validators.findByReviewIdOrderByDisplayNameAsc(review.getId()).stream().allMatch(ReviewValidator::hasApproved)) {
            review.markValidated();
        }
        return review;
    }

    /** The review with every section assembled. */
    @Transactional(readOnly = true)
    public ReviewContent content(Long workspaceId, int year) {
        Workspace workspace = workspaces.get(workspaceId);
        AnnualReview review = review(workspaceId, year);
        List<String> statuses = new ArrayList<>();
        return new ReviewContent(workspace.getName(), workspace.getType().name(), review,
                validators.findByReviewIdOrderByDisplayNameAsc(review.getId()), governance.bodies(workspaceId, year),
                deployment(workspaceId, year, statuses), statuses, funding.envelopes(workspaceId, year),
                dashboards.strategic(workspaceId));
    }

    /** Per objective, the year's actions per status; empty when the programme has no action at all. */
    private Optional<Map<String, Map<String, Long>>> deployment(Long workspaceId, int year, List<String> statuses) {
        List<ProgrammeView.ActionRef> actions = programme.actions(workspaceId);
        if (actions.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, String> objectives = programme.objectiveLabels(workspaceId);
        Map<String, Map<String, Long>> table = new TreeMap<>();
        for (ProgrammeView.ActionRef a : actions) {
            if (a.year() != year) {
                continue;
            }
            if (!statuses.contains(a.status())) {
                statuses.add(a.status());
            }
            List<Long> ids = a.objectiveIds() == null || a.objectiveIds().isEmpty() ? List.of(-1L) : a.objectiveIds();
            for (Long o : ids) {
                String label = objectives.getOrDefault(o, "—");
                table.computeIfAbsent(label, k -> new TreeMap<>()).merge(a.status(), 1L, Long::sum);
            }
        }
        return Optional.of(table);
    }
}
