package fr.maillage.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A line of an imported file that was not taken, and why, in French.
 */
@Embeddable
public record ImportProblem(@Column(name = "line_number") int line, String message) {
}
