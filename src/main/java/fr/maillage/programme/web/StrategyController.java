package fr.maillage.programme.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.programme.Axis;
import fr.maillage.programme.Objective;
import fr.maillage.programme.ProgrammeAction;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.programme.StrategyManagement;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The strategy tree page and its forms: add, describe, move up or down and delete axes and
 * objectives, and pre-fill a cité éducative's national objectives. Moving is done with buttons, so
 * the keyboard does everything a mouse does.
 */
@Controller
class StrategyController {

    private final ProgrammeGate gate;
    private final ProgrammeManagement programme;
    private final StrategyManagement strategy;
    private final ProgrammeViews views;
    private final Flash flash;

    StrategyController(ProgrammeGate gate, ProgrammeManagement programme, StrategyManagement strategy,
            ProgrammeViews views, Flash flash) {
        this.gate = gate;
        this.programme = programme;
        this.strategy = strategy;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/strategie")
    String tree(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.VIEW);
        boolean canEdit = gate.can(id, me, ProgrammeAction.EDIT_STRATEGY, null);
        model.addAttribute("workspace", workspace);
        model.addAttribute("tree", programme.strategy(id));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canPrefill", canEdit && strategy.canPrefill(id));
        model.addAttribute("nationalObjectives", StrategyManagement.NATIONAL_OBJECTIVES);
        model.addAttribute("breadcrumb", views.crumbs(workspace, "programme.strategy.title", null));
        return "programme/strategy";
    }

    @PostMapping("/espaces/{id}/strategie/preremplir")
    String prefill(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        try {
            strategy.prefillNationalObjectives(id);
            flash.success(redirect, "programme.strategy.prefilled");
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + ProgrammeViews.strategy(id);
    }

    @PostMapping("/espaces/{id}/strategie/axes")
    String addAxis(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") StrategyItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        if (result.hasErrors()) {
            return formView(workspace, "programme.strategy.axis.newTitle", ProgrammeViews.strategy(id) + "/axes", model);
        }
        Axis axis = strategy.addAxis(id, form.title(), form.description());
        flash.success(redirect, "programme.strategy.axis.created", axis.getTitle());
        return "redirect:" + ProgrammeViews.strategy(id) + "#axe-" + axis.getId();
    }

    @PostMapping("/espaces/{id}/strategie/axes/{axisId}/objectifs")
    String addObjective(@PathVariable Long id, @PathVariable Long axisId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") StrategyItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        strategy.axis(id, axisId);
        if (result.hasErrors()) {
            return formView(workspace, form.parentId() == null ? "programme.strategy.strategic.newTitle"
                    : "programme.strategy.operational.newTitle",
                    ProgrammeViews.strategy(id) + "/axes/" + axisId + "/objectifs", model);
        }
        try {
            Objective objective = strategy.addObjective(id, axisId, form.parentId(), form.title(), form.description());
            flash.success(redirect, "programme.strategy.objective.created", objective.getTitle());
            return "redirect:" + ProgrammeViews.strategy(id) + "#objectif-" + objective.getId();
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:" + ProgrammeViews.strategy(id);
        }
    }

    @GetMapping("/espaces/{id}/strategie/axes/{axisId}/modifier")
    String initAxisForm(@PathVariable Long id, @PathVariable Long axisId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        model.addAttribute("form", StrategyItemForm.of(strategy.axis(id, axisId)));
        return formView(workspace, "programme.strategy.axis.editTitle", editAxisUrl(id, axisId), model);
    }

    @PostMapping("/espaces/{id}/strategie/axes/{axisId}/modifier")
    String processAxisForm(@PathVariable Long id, @PathVariable Long axisId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") StrategyItemForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        if (result.hasErrors()) {
            return formView(workspace, "programme.strategy.axis.editTitle", editAxisUrl(id, axisId), model);
        }
        strategy.describeAxis(id, axisId, form.expectedVersion(), form.title(), form.description());
        flash.success(redirect, "programme.strategy.saved");
        return "redirect:" + ProgrammeViews.strategy(id) + "#axe-" + axisId;
    }

    @GetMapping("/espaces/{id}/strategie/objectifs/{objectiveId}/modifier")
    String initObjectiveForm(@PathVariable Long id, @PathVariable Long objectiveId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        model.addAttribute("form", StrategyItemForm.of(strategy.objective(id, objectiveId)));
        return formView(workspace, "programme.strategy.objective.editTitle", editObjectiveUrl(id, objectiveId), model);
    }

    @PostMapping("/espaces/{id}/strategie/objectifs/{objectiveId}/modifier")
    String processObjectiveForm(@PathVariable Long id, @PathVariable Long objectiveId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") StrategyItemForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        if (result.hasErrors()) {
            return formView(workspace, "programme.strategy.objective.editTitle", editObjectiveUrl(id, objectiveId),
                    model);
        }
        strategy.describeObjective(id, objectiveId, form.expectedVersion(), form.title(), form.description());
        flash.success(redirect, "programme.strategy.saved");
        return "redirect:" + ProgrammeViews.strategy(id) + "#objectif-" + objectiveId;
    }

    @PostMapping("/espaces/{id}/strategie/axes/{axisId}/{direction:monter|descendre}")
    String moveAxis(@PathVariable Long id, @PathVariable Long axisId, @PathVariable String direction,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        strategy.moveAxis(id, axisId, "monter".equals(direction));
        return "redirect:" + ProgrammeViews.strategy(id) + "#axe-" + axisId;
    }

    @PostMapping("/espaces/{id}/strategie/objectifs/{objectiveId}/{direction:monter|descendre}")
    String moveObjective(@PathVariable Long id, @PathVariable Long objectiveId, @PathVariable String direction,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        strategy.moveObjective(id, objectiveId, "monter".equals(direction));
        return "redirect:" + ProgrammeViews.strategy(id) + "#objectif-" + objectiveId;
    }

    @PostMapping("/espaces/{id}/strategie/axes/{axisId}/supprimer")
    String deleteAxis(@PathVariable Long id, @PathVariable Long axisId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        try {
            String title = strategy.axis(id, axisId).getTitle();
            strategy.deleteAxis(id, axisId);
            flash.success(redirect, "programme.strategy.deleted", title);
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + ProgrammeViews.strategy(id);
    }

    @PostMapping("/espaces/{id}/strategie/objectifs/{objectiveId}/supprimer")
    String deleteObjective(@PathVariable Long id, @PathVariable Long objectiveId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, ProgrammeAction.EDIT_STRATEGY);
        try {
            String title = strategy.objective(id, objectiveId).getTitle();
            strategy.deleteObjective(id, objectiveId);
            flash.success(redirect, "programme.strategy.deleted", title);
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + ProgrammeViews.strategy(id);
    }

    private String formView(Workspace workspace, String titleKey, String action, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("titleKey", titleKey);
        model.addAttribute("formAction", action);
        model.addAttribute("breadcrumb", views.crumbs(workspace, "programme.strategy.title",
                ProgrammeViews.strategy(workspace.getId()), views.text(titleKey), null));
        return "programme/strategy-item-form";
    }

    private static String editAxisUrl(Long id, Long axisId) {
        return ProgrammeViews.strategy(id) + "/axes/" + axisId + "/modifier";
    }

    private static String editObjectiveUrl(Long id, Long objectiveId) {
        return ProgrammeViews.strategy(id) + "/objectifs/" + objectiveId + "/modifier";
    }
}
