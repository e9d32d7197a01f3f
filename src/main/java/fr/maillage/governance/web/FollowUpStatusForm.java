package fr.maillage.governance.web;

import fr.maillage.governance.FollowUpStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A follow-up's new status, with a note, from the version the owner saw. */
public record FollowUpStatusForm(
        @NotNull(message = "{governance.followUp.status.required}") FollowUpStatus status,
        @Size(max = 1000, message = "{governance.followUp.note.size}") String note,
        Long version) {
}
