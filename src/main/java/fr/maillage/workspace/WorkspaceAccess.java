package fr.maillage.workspace;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.NotFoundException;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gate every workspace URL and API resource goes through: a non-member gets "not found",
 * a member without the right gets "forbidden".
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceAccess {

    private final Workspaces workspaces;
    private final Memberships memberships;

    WorkspaceAccess(Workspaces workspaces, Memberships memberships) {
        this.workspaces = workspaces;
        this.memberships = memberships;
    }

    /** The role of a user in a workspace, if he is a member. */
    public Optional<WorkspaceRole> roleOf(Long workspaceId, Long userId) {
        return memberships.findByWorkspaceIdAndUserId(workspaceId, userId).map(Membership::getRole);
    }

    /**
     * The workspace, when the user may do the action there.
     *
     * @throws NotFoundException     when it does not exist or the user may not even see it
     * @throws AccessDeniedException when he may see it but not do this
     */
    public Workspace require(Long workspaceId, AccountPrincipal user, WorkspaceAction action) {
        Workspace workspace = workspaces.findWithPerimeterById(workspaceId)
                .orElseThrow(() -> new NotFoundException("workspace " + workspaceId));
        WorkspaceRole role = user == null ? null : roleOf(workspaceId, user.id()).orElse(null);
        boolean authenticated = user != null;
        boolean admin = user != null && user.isAdmin();
        if (!WorkspacePermissions.allows(authenticated, admin, role, WorkspaceAction.VIEW)) {
            throw new NotFoundException("workspace " + workspaceId);
        }
        if (!WorkspacePermissions.allows(authenticated, admin, role, action)) {
            throw new AccessDeniedException("workspace " + workspaceId + " " + action);
        }
        return workspace;
    }
}
