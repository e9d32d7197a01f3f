package fr.maillage.programme.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.programme.Action;
import fr.maillage.programme.ActionAttachments;
import fr.maillage.programme.ActionFilters;
import fr.maillage.programme.ActionStatus;
import fr.maillage.programme.ProgrammeAction;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.shared.AuditEntries;
import fr.maillage.shared.AuditEntry;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The actions of a workspace: the list with its filters and pages, the action's page with its
 * history, and duplication into next year.
 */
@Controller
class ActionController {

    static final int PAGE_SIZE = 20;
    private static final int HISTORY_LENGTH = 50;

    private final ProgrammeGate gate;
    private final ProgrammeManagement programme;
    private final ActionAttachments attachments;
    private final ProgrammeViews views;
    private final AuditEntries audit;
    private final Flash flash;

    ActionController(ProgrammeGate gate, ProgrammeManagement programme, ActionAttachments attachments,
            ProgrammeViews views, AuditEntries audit, Flash flash) {
        this.gate = gate;
        this.programme = programme;
        this.attachments = attachments;
        this.views = views;
        this.audit = audit;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/actions")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer annee,
            @RequestParam(required = false) ActionStatus statut, @RequestParam(required = false) Long axe,
            @RequestParam(required = false) Long objectif, @RequestParam(required = false) Long porteur,
            @RequestParam(required = false) String qpv, @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.VIEW);
        ActionFilters filters = new ActionFilters(annee, statut, axe, objectif, porteur, blankToNull(qpv),
                blankToNull(q));
        Page<Action> actions = programme.actions(id, filters, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("workspace", workspace);
        model.addAttribute("actions", actions);
        model.addAttribute("filters", filters);
        model.addAttribute("organisations", views.organisationsOf(actions.getContent()));
        model.addAttribute("members", views.members(id));
        model.addAttribute("years", programme.years(id));
        model.addAttribute("statuses", views.statuses());
        model.addAttribute("tree", programme.strategy(id));
        model.addAttribute("qpvChoices", programme.qpvChoices(id));
        model.addAttribute("carrier", porteur == null ? null : views.organisations(List.of(porteur)).get(porteur));
        model.addAttribute("canCreate", gate.can(id, me, ProgrammeAction.CREATE_ACTION, null));
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath(ProgrammeViews.actions(id))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(filters.text()))
                .queryParamIfPresent("annee", java.util.Optional.ofNullable(annee))
                .queryParamIfPresent("statut", java.util.Optional.ofNullable(statut))
                .queryParamIfPresent("axe", java.util.Optional.ofNullable(axe))
                .queryParamIfPresent("objectif", java.util.Optional.ofNullable(objectif))
                .queryParamIfPresent("porteur", java.util.Optional.ofNullable(porteur))
                .queryParamIfPresent("qpv", java.util.Optional.ofNullable(filters.qpv()))
                .encode().build().toUriString());
        model.addAttribute("breadcrumb", views.crumbs(workspace, "programme.actions.title", null));
        return "programme/actions";
    }

    @GetMapping("/espaces/{id}/actions/{actionId}")
    String show(@PathVariable Long id, @PathVariable Long actionId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.VIEW);
        Action action = programme.action(id, actionId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("action", action);
        model.addAllAttributes(views.details(id, action));
        model.addAttribute("files", attachments.files(id, actionId));
        model.addAttribute("previous", action.getPreviousActionId() == null ? null
                : programme.findAction(id, action.getPreviousActionId()).orElse(null));
        model.addAttribute("next", programme.nextYearOf(id, actionId).orElse(null));
        model.addAttribute("history", history(actionId));
        model.addAttribute("canEdit", gate.can(id, me, ProgrammeAction.EDIT_ACTION, action));
        model.addAttribute("canCreate", gate.can(id, me, ProgrammeAction.CREATE_ACTION, null));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "programme.actions.title",
                ProgrammeViews.actions(id), action.getTitle(), null));
        return "programme/action";
    }

    @PostMapping("/espaces/{id}/actions/{actionId}/dupliquer")
    String duplicate(@PathVariable Long id, @PathVariable Long actionId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        Action action = programme.action(gate.require(id, me, ProgrammeAction.VIEW).getId(), actionId);
        gate.require(id, me, ProgrammeAction.EDIT_ACTION, action);
        gate.require(id, me, ProgrammeAction.CREATE_ACTION);
        Action copy = programme.duplicateIntoNextYear(id, actionId);
        flash.success(redirect, "programme.action.duplicated", copy.getYear());
        return "redirect:" + ProgrammeViews.actions(id) + "/" + copy.getId();
    }

    private Page<AuditEntry> history(Long actionId) {
        List<AuditEntry> entries = new ArrayList<>(audit.findByEntityTypeAndEntityIdOrderByIdAsc(
                Action.class.getSimpleName(), String.valueOf(actionId)));
        Collections.reverse(entries);
        List<AuditEntry> latest = entries.subList(0, Math.min(HISTORY_LENGTH, entries.size()));
        return new PageImpl<>(latest, PageRequest.of(0, Math.max(1, latest.size())), latest.size());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
