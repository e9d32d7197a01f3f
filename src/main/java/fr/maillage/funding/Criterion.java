package fr.maillage.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One criterion of a call's assessment grid: a score from 0 to {@code maxScore}, counted
 * {@code weight} times in the total.
 */
@Embeddable
public record Criterion(String label, int weight, @Column(name = "max_score") int maxScore) {
}
