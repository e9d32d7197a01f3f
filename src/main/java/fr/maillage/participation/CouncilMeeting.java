package fr.maillage.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * A meeting date of the council, which may be shown on the public portal.
 */
@Embeddable
public record CouncilMeeting(@Column(name = "meeting_date") LocalDate date, String label) {
}
