package fr.maillage.workspace.web;

import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A workspace's description as entered in the creation and edit forms; {@code version} carries the
 * version the form was built from, so that a concurrent edit is detected.
 */
public record WorkspaceForm(
        @NotNull(message = "{workspace.form.type.required}") WorkspaceType type,
        @NotBlank(message = "{workspace.form.name.required}") @Size(max = 200, message = "{workspace.form.name.size}") String name,
        @Size(max = 2000, message = "{workspace.form.description.size}") String description,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        Long version) {

    static WorkspaceForm empty() {
        return new WorkspaceForm(null, "", "", null, null, null);
    }

    static WorkspaceForm of(Workspace w) {
        return new WorkspaceForm(w.getType(), w.getName(), w.getDescription(), w.getStartDate(), w.getEndDate(),
                w.getVersion());
    }

    boolean datesInOrder() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }
}
