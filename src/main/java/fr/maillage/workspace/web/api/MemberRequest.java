package fr.maillage.workspace.web.api;

import fr.maillage.workspace.WorkspaceRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A user to add to a workspace, named by his id or his e-mail address (one of the two).
 */
record MemberRequest(
        Long userId,
        @Email(message = "{account.form.email.invalid}") @Size(max = 320, message = "{api.form.email.size}") String email,
        @NotNull(message = "{api.members.role.required}") WorkspaceRole role) {
}
