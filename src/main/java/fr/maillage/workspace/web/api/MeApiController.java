package fr.maillage.workspace.web.api;

import fr.maillage.account.AccountPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who the caller is. It lives with the workspaces because it lists his memberships: accounts know
 * nothing of workspaces, workspaces know accounts.
 */
@RestController
@Tag(name = "api.doc.tag.account", description = "api.doc.tag.account.description")
@SecurityRequirement(name = "jeton")
class MeApiController {

    private final WorkspaceResources resources;

    MeApiController(WorkspaceResources resources) {
        this.resources = resources;
    }

    @GetMapping(path = "/api/v1/me", produces = "application/json")
    @Operation(operationId = "me", summary = "api.doc.me", description = "api.doc.me.description")
    MeResponse me(@AuthenticationPrincipal AccountPrincipal me) {
        return resources.me(me);
    }
}
