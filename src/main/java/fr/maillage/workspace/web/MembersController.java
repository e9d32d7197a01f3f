package fr.maillage.workspace.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members of a workspace: list for every member, invitations and roles for the pilote.
 */
@Controller
@RequestMapping("/espaces/{id}/membres")
class MembersController {

    private final WorkspaceManagement workspaces;
    private final WorkspaceAccess access;
    private final Flash flash;
    private final WorkspaceCrumbs crumbs;

    MembersController(WorkspaceManagement workspaces, WorkspaceAccess access, Flash flash, WorkspaceCrumbs crumbs) {
        this.workspaces = workspaces;
        this.access = access;
        this.flash = flash;
        this.crumbs = crumbs;
    }

    @ModelAttribute("roles")
    Map<String, String> roles() {
        Map<String, String> roles = new LinkedHashMap<>();
        for (WorkspaceRole role : WorkspaceRole.values()) {
            roles.put(role.name(), flash.text("workspace.role." + role));
        }
        return roles;
    }

    @GetMapping
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = access.require(id, me, WorkspaceAction.VIEW);
        return show(workspace, me, InvitationForm.empty(), model);
    }

    @PostMapping("/inviter")
    String invite(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") InvitationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = access.require(id, me, WorkspaceAction.MANAGE_MEMBERS);
        if (!result.hasErrors()) {
            try {
                workspaces.invite(id, form.email(), form.displayName(), form.role(), me.getDisplayName());
                flash.success(redirect, "workspace.invite.sent", form.email());
                return "redirect:/espaces/" + id + "/membres";
            } catch (BusinessRuleException e) {
                result.rejectValue("email", e.messageKey(), e.arguments(), null);
            }
        }
        return show(workspace, me, form, model);
    }

    @PostMapping("/{userId}/role")
    String changeRole(@PathVariable Long id, @PathVariable Long userId, @RequestParam WorkspaceRole role,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        access.require(id, me, WorkspaceAction.MANAGE_MEMBERS);
        try {
            workspaces.changeRole(id, userId, role);
            flash.success(redirect, "workspace.members.roleChanged");
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/espaces/" + id + "/membres";
    }

    @PostMapping("/{userId}/retrait")
    String remove(@PathVariable Long id, @PathVariable Long userId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        access.require(id, me, WorkspaceAction.MANAGE_MEMBERS);
        try {
            workspaces.removeMember(id, userId);
            flash.success(redirect, "workspace.members.removed");
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/espaces/" + id + "/membres";
    }

    private String show(Workspace workspace, AccountPrincipal me, InvitationForm form, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("breadcrumb", crumbs.of(workspace, "workspace.show.members"));
        model.addAttribute("members", workspaces.members(workspace.getId()));
        model.addAttribute("canManage", fr.maillage.workspace.WorkspacePermissions.allows(true, me.isAdmin(),
                access.roleOf(workspace.getId(), me.id()).orElse(null), WorkspaceAction.MANAGE_MEMBERS));
        model.addAttribute("form", form);
        return "workspace/members";
    }
}
