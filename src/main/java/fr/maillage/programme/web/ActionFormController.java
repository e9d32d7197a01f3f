package fr.maillage.programme.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectorySearch;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationFilters;
import fr.maillage.programme.Action;
import fr.maillage.programme.InvalidActionException;
import fr.maillage.programme.ProgrammeAction;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.PageRequest;
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
 * Writing a fiche action: creation and edit. The carrier and the partners are found with search
 * boxes that send the form back to the server ({@code operation}), so nothing typed is lost and no
 * script is needed; only "save" stores the action.
 */
@Controller
class ActionFormController {

    private static final int CANDIDATES = 10;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ActionFormController.class);

    private final ProgrammeGate gate;
    private final ProgrammeManagement programme;
    private final DirectorySearch search;
    private final ProgrammeViews views;
    private final Flash flash;

    ActionFormController(ProgrammeGate gate, ProgrammeManagement programme, DirectorySearch search,
            ProgrammeViews views, Flash flash) {
        this.gate = gate;
        this.programme = programme;
        this.search = search;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/actions/nouvelle")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long porteur, Model model) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.CREATE_ACTION);
        ActionForm form = ActionForm.empty(LocalDate.now().getYear() + 1, me.id());
        model.addAttribute("form", porteur == null ? form : form.withCarrier(porteur));
        return formView(workspace, null, me, model);
    }

    @PostMapping("/espaces/{id}/actions/nouvelle")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") ActionForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String operation, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.CREATE_ACTION);
        if (form == null || result.getTarget() == null) {
            return unreadable(result, ProgrammeViews.actions(id) + "/nouvelle", redirect);
        }
        if (!"save".equals(operation)) {
            return pick(workspace, null, me, form, operation, model);
        }
        Long referent = gate.can(id, me, ProgrammeAction.ASSIGN_ACTION, null) ? form.referentUserId() : me.id();
        Action[] created = new Action[1];
        if (!result.hasErrors() && store(result, () -> created[0] = programme.createAction(id, form.draft(referent)))) {
            flash.success(redirect, "programme.action.created", created[0].getTitle());
            return "redirect:" + ProgrammeViews.actions(id) + "/" + created[0].getId();
        }
        return formView(workspace, null, me, model);
    }

    @GetMapping("/espaces/{id}/actions/{actionId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long actionId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Action action = programme.action(gate.require(id, me, ProgrammeAction.VIEW).getId(), actionId);
        Workspace workspace = gate.require(id, me, ProgrammeAction.EDIT_ACTION, action);
        model.addAttribute("form", ActionForm.of(action));
        return formView(workspace, action, me, model);
    }

    @PostMapping("/espaces/{id}/actions/{actionId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long actionId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") ActionForm form,
            BindingResult result, @RequestParam(defaultValue = "save") String operation, Model model,
            RedirectAttributes redirect) {
        Action action = programme.action(gate.require(id, me, ProgrammeAction.VIEW).getId(), actionId);
        Workspace workspace = gate.require(id, me, ProgrammeAction.EDIT_ACTION, action);
        if (form == null || result.getTarget() == null) {
            return unreadable(result, ProgrammeViews.actions(id) + "/" + actionId + "/modifier", redirect);
        }
        if (!"save".equals(operation)) {
            return pick(workspace, action, me, form, operation, model);
        }
        Long referent = gate.can(id, me, ProgrammeAction.ASSIGN_ACTION, action) ? form.referentUserId()
                : action.getReferentUserId();
        if (!result.hasErrors() && store(result,
                () -> programme.updateAction(id, actionId, form.expectedVersion(), form.draft(referent)))) {
            flash.success(redirect, "programme.action.updated");
            return "redirect:" + ProgrammeViews.actions(id) + "/" + actionId;
        }
        return formView(workspace, action, me, model);
    }

    /**
     * A form whose values cannot even be read (a number or date the browser should not have sent)
     * leaves no form to show again: the user starts over, with a message.
     */
    private String unreadable(BindingResult result, String formUrl, RedirectAttributes redirect) {
        log.warn("Unreadable action form: {}", result.getAllErrors());
        flash.error(redirect, "programme.action.form.unreadable");
        return "redirect:" + formUrl;
    }

    /** Runs the change; the rules it breaks become field errors. */
    private static boolean store(BindingResult result, Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidActionException e) {
            e.violations().forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.arguments(), v.messageKey()));
            return false;
        }
    }

    /** A search-box round trip: find carriers or partners, choose one, add or remove a partner row. */
    private String pick(Workspace workspace, Action action, AccountPrincipal me, ActionForm form, String operation,
            Model model) {
        ActionForm next = form;
        if (operation.startsWith("removePartner-")) {
            next = form.removingPartner(Integer.parseInt(operation.substring("removePartner-".length())));
        } else if ("addPartner".equals(operation)) {
            next = form.addingPartner();
        } else if ("carrier".equals(operation)) {
            model.addAttribute("carrierCandidates", candidates(workspace.getId(), form.carrierQuery()));
        } else if ("partner".equals(operation)) {
            model.addAttribute("partnerCandidates", candidates(workspace.getId(), form.partnerQuery()));
        }
        model.addAttribute("form", next);
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        return formView(workspace, action, me, model);
    }

    private List<Organisation> candidates(Long workspaceId, String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return search.organisations(OrganisationFilters.text(query), workspaceId, PageRequest.of(0, CANDIDATES), false)
                .page().getContent();
    }

    private String formView(Workspace workspace, Action action, AccountPrincipal me, Model model) {
        Long id = workspace.getId();
        ActionForm form = (ActionForm) model.getAttribute("form");
        List<Long> mentioned = new ArrayList<>();
        mentioned.add(form.carrierId());
        form.partnerRows().forEach(r -> mentioned.add(r.organisationId()));
        model.addAttribute("workspace", workspace);
        model.addAttribute("action", action);
        model.addAttribute("organisations", views.organisations(mentioned.stream().filter(Objects::nonNull).toList()));
        model.addAttribute("tree", programme.strategy(id));
        model.addAttribute("qpvChoices", programme.qpvChoices(id));
        model.addAttribute("statuses", views.statuses());
        model.addAttribute("ageBands", views.ageBands());
        model.addAttribute("genders", views.genders());
        model.addAttribute("referents", views.referents(id));
        model.addAttribute("canAssign", gate.can(id, me, ProgrammeAction.ASSIGN_ACTION, action));
        model.addAttribute("breadcrumb", action == null
                ? views.crumbs(workspace, "programme.actions.title", ProgrammeViews.actions(id),
                        views.text("programme.action.newTitle"), null)
                : views.crumbs(workspace, "programme.actions.title", ProgrammeViews.actions(id), action.getTitle(),
                        ProgrammeViews.actions(id) + "/" + action.getId(), views.text("programme.action.editTitle"),
                        null));
        return "programme/action-form";
    }
}
