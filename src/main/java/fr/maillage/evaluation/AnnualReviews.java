package fr.maillage.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The annual reviews.
 */
public interface AnnualReviews extends JpaRepository<AnnualReview, Long> {

    Optional<AnnualReview> findByWorkspaceIdAndYear(Long workspaceId, int year);

    List<AnnualReview> findByWorkspaceIdOrderByYearDesc(Long workspaceId);
}
