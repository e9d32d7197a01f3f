package fr.maillage.workspace.web.api;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.UserAccount;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Membership;
import fr.maillage.workspace.Memberships;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the API's views of workspaces inside one read-only transaction (the perimeter is loaded
 * lazily), each in a bounded number of queries, and only of what the caller may see.
 */
@Service
@Transactional(readOnly = true)
class WorkspaceResources {

    private final WorkspaceManagement workspaces;
    private final WorkspaceAccess access;
    private final Memberships memberships;
    private final AccountManagement accounts;

    WorkspaceResources(WorkspaceManagement workspaces, WorkspaceAccess access, Memberships memberships,
            AccountManagement accounts) {
        this.workspaces = workspaces;
        this.access = access;
        this.memberships = memberships;
        this.accounts = accounts;
    }

    /** The caller, with the workspaces he belongs to. */
    public MeResponse me(AccountPrincipal me) {
        UserAccount user = accounts.get(me.id());
        Map<Long, WorkspaceRole> roles = rolesOf(me.id());
        List<WorkspaceSummary> mine = workspaces.workspacesOf(me.id()).stream()
                .map(w -> WorkspaceSummary.of(w, roles.get(w.getId()))).toList();
        return new MeResponse(user.getId(), user.getEmail(), user.getDisplayName(), user.isAdmin(),
                user.isMustChangePassword(), mine);
    }

    /** The workspaces the caller belongs to; for an administrator, every workspace. */
    public PageResponse<WorkspaceSummary> list(AccountPrincipal me, int page, int size) {
        PageRequest request = PageRequest.of(page, size);
        Map<Long, WorkspaceRole> roles = rolesOf(me.id());
        Page<Workspace> found;
        if (me.isAdmin()) {
            found = workspaces.all(request);
        } else {
            List<Workspace> mine = workspaces.workspacesOf(me.id());
            int from = (int) Math.min(request.getOffset(), mine.size());
            found = new PageImpl<>(mine.subList(from, Math.min(from + size, mine.size())), request, mine.size());
        }
        return PageResponse.of(found, w -> WorkspaceSummary.of(w, roles.get(w.getId())));
    }

    /** One workspace; "not found" for anyone who is not a member (nor an administrator). */
    public WorkspaceResponse view(Long id, AccountPrincipal me) {
        Workspace workspace = access.require(id, me, WorkspaceAction.VIEW);
        return response(workspace, access.roleOf(id, me.id()).orElse(null), workspaces.memberCount(id));
    }

    /** The members of a workspace the caller may see. */
    public List<MemberResponse> members(Long id, AccountPrincipal me) {
        access.require(id, me, WorkspaceAction.VIEW);
        return workspaces.members(id).stream().map(m -> MemberResponse.of(m.membership(), m.user())).toList();
    }

    WorkspaceResponse response(Workspace workspace, WorkspaceRole role, long memberCount) {
        WorkspaceResponse.Perimeter perimeter = new WorkspaceResponse.Perimeter(
                workspace.perimeterCodes(TerritoryKind.COMMUNE), workspace.perimeterCodes(TerritoryKind.EPCI),
                workspace.perimeterCodes(TerritoryKind.QPV));
        return new WorkspaceResponse(workspace.getId(), workspace.getType(), workspace.getName(),
                workspace.getDescription(), workspace.getStartDate(), workspace.getEndDate(), perimeter, role,
                memberCount, workspace.getCreatedAt(), workspace.getVersion());
    }

    private Map<Long, WorkspaceRole> rolesOf(Long userId) {
        return memberships.findByUserId(userId).stream()
                .collect(Collectors.toMap(Membership::getWorkspaceId, Membership::getRole));
    }
}
