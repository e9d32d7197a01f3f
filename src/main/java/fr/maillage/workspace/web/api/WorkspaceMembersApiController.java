package fr.maillage.workspace.web.api;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.UserAccount;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.Membership;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The members of a workspace: listed to its members, added by its pilotes and by administrators.
 */
@RestController
@RequestMapping(path = "/api/v1/workspaces/{id}/members", produces = "application/json")
@Tag(name = "api.doc.tag.workspaces", description = "api.doc.tag.workspaces.description")
@SecurityRequirement(name = "jeton")
class WorkspaceMembersApiController {

    private final WorkspaceResources resources;
    private final WorkspaceAccess access;
    private final WorkspaceManagement workspaces;
    private final AccountManagement accounts;
    private final MemberRequestValidator validator;

    WorkspaceMembersApiController(WorkspaceResources resources, WorkspaceAccess access,
            WorkspaceManagement workspaces, AccountManagement accounts, MemberRequestValidator validator) {
        this.resources = resources;
        this.access = access;
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.validator = validator;
    }

    @InitBinder("memberRequest")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping
    @Operation(operationId = "listMembers", summary = "api.doc.members.list")
    List<MemberResponse> list(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id) {
        return resources.members(id, me);
    }

    @GetMapping("/{userId}")
    @Operation(operationId = "getMember", summary = "api.doc.members.get")
    MemberResponse get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id,
            @PathVariable Long userId) {
        return resources.members(id, me).stream().filter(m -> m.userId().equals(userId)).findFirst()
                .orElseThrow(() -> new NotFoundException("member " + id + "/" + userId));
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "addMember", summary = "api.doc.members.add", description = "api.doc.members.add.description")
    ResponseEntity<MemberResponse> add(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id,
            @Valid @RequestBody MemberRequest request) {
        access.require(id, me, WorkspaceAction.MANAGE_MEMBERS);
        UserAccount user = userOf(request);
        Membership membership = workspaces.addMember(id, user.getId(), request.role());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + id + "/members/" + user.getId()))
                .body(MemberResponse.of(membership, user));
    }

    private UserAccount userOf(MemberRequest request) {
        if (request.userId() != null) {
            UserAccount user = accounts.findAll(Set.of(request.userId())).get(request.userId());
            if (user == null) {
                throw new BusinessRuleException("api.members.user.unknownId", String.valueOf(request.userId()));
            }
            return user;
        }
        return accounts.findByEmail(request.email())
                .orElseThrow(() -> new BusinessRuleException("api.members.user.unknownEmail", request.email()));
    }
}
