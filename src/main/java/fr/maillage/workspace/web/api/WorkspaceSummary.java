package fr.maillage.workspace.web.api;

import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;

/**
 * A workspace in a list, with the caller's role there (none for an administrator who is not a member).
 */
record WorkspaceSummary(Long id, WorkspaceType type, String name, WorkspaceRole role) {

    static WorkspaceSummary of(Workspace workspace, WorkspaceRole role) {
        return new WorkspaceSummary(workspace.getId(), workspace.getType(), workspace.getName(), role);
    }
}
