package fr.maillage.workspace.web.api;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspacePermissions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Workspaces: the caller's, one of them, and their creation by an administrator. Every later
 * module adds its resources under {@code /api/v1/workspaces/{id}/…}, through {@code WorkspaceAccess}.
 */
@RestController
@RequestMapping(path = "/api/v1/workspaces", produces = "application/json")
@Tag(name = "api.doc.tag.workspaces", description = "api.doc.tag.workspaces.description")
@SecurityRequirement(name = "jeton")
class WorkspacesApiController {

    private final WorkspaceResources resources;
    private final ProvisionWorkspace provisioning;
    private final WorkspaceRequestValidator validator;

    WorkspacesApiController(WorkspaceResources resources, ProvisionWorkspace provisioning,
            WorkspaceRequestValidator validator) {
        this.resources = resources;
        this.provisioning = provisioning;
        this.validator = validator;
    }

    @InitBinder("workspaceRequest")
    void initBinder(WebDataBinder binder) {
        binder.addValidators(validator);
    }

    @GetMapping
    @Operation(operationId = "listWorkspaces", summary = "api.doc.workspaces.list", description = "api.doc.workspaces.list.description")
    PageResponse<WorkspaceSummary> list(@AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{api.page.number}") int page,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "{api.page.size}")
            @Max(value = 200, message = "{api.page.size}") int size) {
        return resources.list(me, page, size);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getWorkspace", summary = "api.doc.workspaces.get", description = "api.doc.workspaces.get.description")
    WorkspaceResponse get(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id) {
        return resources.view(id, me);
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createWorkspace", summary = "api.doc.workspaces.create", description = "api.doc.workspaces.create.description")
    ResponseEntity<WorkspaceResponse> create(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @RequestBody WorkspaceRequest request) {
        if (!WorkspacePermissions.allows(true, me.isAdmin(), null, WorkspaceAction.CREATE)) {
            throw new AccessDeniedException("workspaces are created by administrators");
        }
        WorkspaceResponse created = provisioning.create(request);
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + created.id())).body(created);
    }
}
