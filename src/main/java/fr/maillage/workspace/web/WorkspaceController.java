package fr.maillage.workspace.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.CurrentWorkspace;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspacePermissions;
import fr.maillage.workspace.WorkspaceType;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Workspace list, creation (administrators), overview and description.
 */
@Controller
class WorkspaceController {

    private static final int PAGE_SIZE = 30;

    private final WorkspaceManagement workspaces;
    private final WorkspaceAccess access;
    private final TerritoryDirectory territories;
    private final Flash flash;
    private final WorkspaceCrumbs crumbs;

    WorkspaceController(WorkspaceManagement workspaces, WorkspaceAccess access, TerritoryDirectory territories,
            Flash flash, WorkspaceCrumbs crumbs) {
        this.workspaces = workspaces;
        this.access = access;
        this.territories = territories;
        this.flash = flash;
        this.crumbs = crumbs;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("workspaceTypes")
    Map<String, String> workspaceTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        for (WorkspaceType type : WorkspaceType.values()) {
            types.put(type.name(), flash.text("workspace.type." + type));
        }
        return types;
    }

    @GetMapping("/espaces")
    String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String q, @RequestParam(required = false) WorkspaceType type,
            Model model) {
        model.addAttribute("mine", workspaces.workspacesOf(me.id()));
        if (me.isAdmin()) {
            model.addAttribute("all", workspaces.all(q, type, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
            model.addAttribute("q", q);
            model.addAttribute("type", type);
            model.addAttribute("types", WorkspaceType.values());
            model.addAttribute("pageUrl", org.springframework.web.util.UriComponentsBuilder.fromPath("/espaces")
                    .queryParamIfPresent("q", java.util.Optional.ofNullable(q).filter(v -> !v.isBlank()))
                    .queryParamIfPresent("type", java.util.Optional.ofNullable(type).map(Enum::name))
                    .build().encode().toUriString());
        }
        return "workspace/list";
    }

    @GetMapping("/espaces/nouveau")
    String initCreationForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        requireCreate(me);
        model.addAttribute("form", WorkspaceForm.empty());
        return "workspace/form";
    }

    @PostMapping("/espaces/nouveau")
    String processCreationForm(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") WorkspaceForm form, BindingResult result, RedirectAttributes redirect) {
        requireCreate(me);
        if (!form.datesInOrder()) {
            result.rejectValue("endDate", "workspace.form.dates.order");
        }
        if (result.hasErrors()) {
            return "workspace/form";
        }
        Workspace created = workspaces.create(form.type(), form.name(), form.description(), form.startDate(),
                form.endDate());
        flash.success(redirect, "workspace.created", created.getName());
        return "redirect:/espaces/" + created.getId();
    }

    @GetMapping("/espaces/{id}")
    String show(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, HttpSession session,
            Model model) {
        Workspace workspace = access.require(id, me, WorkspaceAction.VIEW);
        CurrentWorkspace.set(session, id);
        model.addAttribute("workspace", workspace);
        model.addAttribute("breadcrumb", crumbs.of(workspace));
        model.addAttribute("memberCount", workspaces.memberCount(id));
        model.addAttribute("perimeter", perimeterOf(workspace));
        model.addAttribute("canEdit", can(me, id, WorkspaceAction.EDIT));
        model.addAttribute("canManageMembers", can(me, id, WorkspaceAction.MANAGE_MEMBERS));
        model.addAttribute("canViewAudit", can(me, id, WorkspaceAction.VIEW_AUDIT));
        model.addAttribute("myRole", access.roleOf(id, me.id()).orElse(null));
        return "workspace/show";
    }

    @GetMapping("/espaces/{id}/modifier")
    String initUpdateForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = access.require(id, me, WorkspaceAction.EDIT);
        model.addAttribute("workspace", workspace);
        model.addAttribute("form", WorkspaceForm.of(workspace));
        return "workspace/form";
    }

    @PostMapping("/espaces/{id}/modifier")
    String processUpdateForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") WorkspaceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = access.require(id, me, WorkspaceAction.EDIT);
        if (!form.datesInOrder()) {
            result.rejectValue("endDate", "workspace.form.dates.order");
        }
        if (result.hasErrors()) {
            model.addAttribute("workspace", workspace);
            return "workspace/form";
        }
        long version = form.version() == null ? -1 : form.version();
        workspaces.describe(id, version, form.name(), form.description(), form.startDate(), form.endDate());
        flash.success(redirect, "workspace.updated");
        return "redirect:/espaces/" + id;
    }

    @GetMapping("/espaces/{id}/perimetre")
    String perimeter(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) TerritoryKind kind, @RequestParam(required = false) String q,
            Model model) {
        Workspace workspace = access.require(id, me, WorkspaceAction.EDIT);
        model.addAttribute("workspace", workspace);
        model.addAttribute("breadcrumb", crumbs.of(workspace, "workspace.perimeter.title"));
        model.addAttribute("perimeter", perimeterOf(workspace));
        model.addAttribute("kinds", TerritoryKind.values());
        if (kind != null && q != null && !q.isBlank()) {
            model.addAttribute("searchKind", kind);
            model.addAttribute("q", q);
            model.addAttribute("results", territories.search(kind, q, 20));
        }
        return "workspace/perimeter";
    }

    @GetMapping("/espaces/{id}/perimetre/recherche")
    String perimeterSearch(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam TerritoryKind kind, @RequestParam(defaultValue = "") String q, Model model) {
        Workspace workspace = access.require(id, me, WorkspaceAction.EDIT);
        model.addAttribute("workspace", workspace);
        model.addAttribute("searchKind", kind);
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? java.util.List.of() : territories.search(kind, q, 20));
        return "workspace/perimeter :: results";
    }

    @PostMapping("/espaces/{id}/perimetre/ajouter")
    String addToPerimeter(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam TerritoryKind kind, @RequestParam String code, RedirectAttributes redirect) {
        access.require(id, me, WorkspaceAction.EDIT);
        try {
            workspaces.addToPerimeter(id, kind, code);
            flash.success(redirect, "workspace.perimeter.added", code);
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/espaces/" + id + "/perimetre";
    }

    @PostMapping("/espaces/{id}/perimetre/retirer")
    String removeFromPerimeter(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam TerritoryKind kind, @RequestParam String code, RedirectAttributes redirect) {
        access.require(id, me, WorkspaceAction.EDIT);
        workspaces.removeFromPerimeter(id, kind, code);
        flash.success(redirect, "workspace.perimeter.removed", code);
        return "redirect:/espaces/" + id + "/perimetre";
    }

    private Map<TerritoryKind, java.util.List<fr.maillage.territory.TerritoryRef>> perimeterOf(Workspace workspace) {
        Map<TerritoryKind, java.util.List<fr.maillage.territory.TerritoryRef>> result = new EnumMap<>(TerritoryKind.class);
        for (TerritoryKind kind : TerritoryKind.values()) {
            java.util.List<String> codes = workspace.perimeterCodes(kind);
            Map<String, fr.maillage.territory.TerritoryRef> known = territories.findAll(kind, codes);
            result.put(kind, codes.stream()
                    .map(c -> known.getOrDefault(c, new fr.maillage.territory.TerritoryRef(kind, c, c, "")))
                    .toList());
        }
        return result;
    }

    private boolean can(AccountPrincipal me, Long workspaceId, WorkspaceAction action) {
        return WorkspacePermissions.allows(true, me.isAdmin(), access.roleOf(workspaceId, me.id()).orElse(null),
                action);
    }

    private static void requireCreate(AccountPrincipal me) {
        if (!WorkspacePermissions.allows(true, me.isAdmin(), null, WorkspaceAction.CREATE)) {
            throw new AccessDeniedException("create workspace");
        }
    }
}
