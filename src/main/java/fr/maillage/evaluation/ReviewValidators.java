package fr.maillage.evaluation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The validators of the reviews.
 */
public interface ReviewValidators extends JpaRepository<ReviewValidator, Long> {

    List<ReviewValidator> findByReviewIdOrderByDisplayNameAsc(Long reviewId);

    Optional<ReviewValidator> findByReviewIdAndUserId(Long reviewId, Long userId);
}
