package fr.maillage.workspace.web.api;

import fr.maillage.account.UserAccount;
import fr.maillage.workspace.Membership;
import fr.maillage.workspace.WorkspaceRole;
import java.time.Instant;

/**
 * A member of a workspace.
 */
record MemberResponse(Long userId, String email, String displayName, WorkspaceRole role, Instant since) {

    static MemberResponse of(Membership membership, UserAccount user) {
        return new MemberResponse(user.getId(), user.getEmail(), user.getDisplayName(), membership.getRole(),
                membership.getCreatedAt());
    }
}
