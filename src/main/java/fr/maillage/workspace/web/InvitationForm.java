package fr.maillage.workspace.web;

import fr.maillage.workspace.WorkspaceRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A person invited into a workspace with a role.
 */
public record InvitationForm(
        @NotBlank(message = "{workspace.invite.email.required}") @Email(message = "{workspace.invite.email.invalid}") @Size(max = 320) String email,
        @NotBlank(message = "{workspace.invite.name.required}") @Size(max = 200) String displayName,
        @NotNull(message = "{workspace.invite.role.required}") WorkspaceRole role) {

    static InvitationForm empty() {
        return new InvitationForm("", "", WorkspaceRole.CONTRIBUTEUR);
    }
}
