package fr.maillage.workspace.web.api;

import java.util.List;

/**
 * The caller of the API: who he is and the workspaces he belongs to, with his role in each.
 */
record MeResponse(Long id, String email, String displayName, boolean admin, boolean mustChangePassword,
        List<WorkspaceSummary> workspaces) {
}
