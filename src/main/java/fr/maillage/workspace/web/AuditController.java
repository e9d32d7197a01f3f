package fr.maillage.workspace.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.AuditEntries;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace's audit trail (journal), for its pilotes.
 */
@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final WorkspaceAccess access;
    private final AuditEntries entries;
    private final WorkspaceCrumbs crumbs;

    AuditController(WorkspaceAccess access, AuditEntries entries, WorkspaceCrumbs crumbs) {
        this.access = access;
        this.entries = entries;
        this.crumbs = crumbs;
    }

    @GetMapping("/espaces/{id}/journal")
    String journal(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = access.require(id, me, WorkspaceAction.VIEW_AUDIT);
        model.addAttribute("workspace", workspace);
        model.addAttribute("breadcrumb", crumbs.of(workspace, "workspace.show.journal"));
        model.addAttribute("entries", entries.findByWorkspaceIdOrderByOccurredAtDescIdDesc(id,
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "workspace/journal";
    }
}
