package fr.maillage.evaluation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.evaluation.Direction;
import fr.maillage.evaluation.Disaggregation;
import fr.maillage.evaluation.EvaluationAction;
import fr.maillage.evaluation.EvaluationManagement;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorLevel;
import fr.maillage.evaluation.IndicatorLibrary;
import fr.maillage.evaluation.Periodicity;
import fr.maillage.evaluation.ProgrammeView;
import fr.maillage.evaluation.Unit;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * A workspace's indicators: list, library, creation, page with its values, edit, deletion.
 */
@Controller
class IndicatorController {

    private final EvaluationGate gate;
    private final EvaluationManagement evaluation;
    private final ProgrammeView programme;
    private final EvaluationViews views;
    private final Flash flash;

    IndicatorController(EvaluationGate gate, EvaluationManagement evaluation, ProgrammeView programme,
            EvaluationViews views, Flash flash) {
        this.gate = gate;
        this.evaluation = evaluation;
        this.programme = programme;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
        binder.registerCustomEditor(java.math.BigDecimal.class, new DecimalEditor());
    }

    @GetMapping("/espaces/{id}/evaluation/indicateurs")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        model.addAttribute("workspace", workspace);
        model.addAttribute("indicators", evaluation.indicators(id, PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("canManage", gate.can(id, me, EvaluationAction.MANAGE_INDICATORS, false));
        model.addAttribute("canImport", gate.can(id, me, EvaluationAction.IMPORT_MEASUREMENTS, false));
        model.addAttribute("actionTitles", programme.actionTitles(id));
        model.addAttribute("objectiveLabels", programme.objectiveLabels(id));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.indicators.title"), null));
        return "evaluation/indicators";
    }

    @GetMapping("/espaces/{id}/evaluation/indicateurs/bibliotheque")
    String library(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.MANAGE_INDICATORS);
        model.addAttribute("workspace", workspace);
        model.addAttribute("entries", IndicatorLibrary.of(workspace.getType()));
        model.addAttribute("present", evaluation.libraryCodesIn(id));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.indicators.title"),
                EvaluationViews.base(id) + "/indicateurs", views.text("evaluation.library.title"), null));
        return "evaluation/library";
    }

    @PostMapping("/espaces/{id}/evaluation/indicateurs/bibliotheque")
    String addFromLibrary(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "codes", required = false) List<String> codes, RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.MANAGE_INDICATORS);
        int added = evaluation.addFromLibrary(id, codes == null ? List.of() : codes);
        flash.success(redirect, "evaluation.library.added", added);
        return "redirect:" + EvaluationViews.base(id) + "/indicateurs";
    }

    @GetMapping("/espaces/{id}/evaluation/indicateurs/nouveau")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long action, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.MANAGE_INDICATORS);
        IndicatorForm form = IndicatorForm.empty();
        if (action != null) {
            form = new IndicatorForm("", "", Unit.NOMBRE, Direction.HIGHER_IS_BETTER, IndicatorLevel.ACTION, null,
                    action, Periodicity.ANNUELLE, "", new java.util.ArrayList<>(), null, null,
                    java.math.BigDecimal.ZERO, null, "", null, null);
        }
        model.addAttribute("indicatorForm", form);
        return formView(workspace, null, model);
    }

    @PostMapping("/espaces/{id}/evaluation/indicateurs/nouveau")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, EvaluationAction.MANAGE_INDICATORS);
        if (!validate(form, result)) {
            return formView(workspace, null, model);
        }
        try {
            Indicator created = evaluation.createIndicator(id, form.details());
            flash.success(redirect, "evaluation.indicator.created", created.getName());
            return "redirect:" + EvaluationViews.base(id) + "/indicateurs/" + created.getId();
        } catch (BusinessRuleException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return formView(workspace, null, model);
        }
    }

    @GetMapping("/espaces/{id}/evaluation/indicateurs/{indicatorId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long indicatorId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.MANAGE_INDICATORS);
        Indicator indicator = evaluation.indicator(id, indicatorId);
        model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
        return formView(workspace, indicator, model);
    }

    @PostMapping("/espaces/{id}/evaluation/indicateurs/{indicatorId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long indicatorId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, EvaluationAction.MANAGE_INDICATORS);
        Indicator indicator = evaluation.indicator(id, indicatorId);
        if (!validate(form, result)) {
            return formView(workspace, indicator, model);
        }
        try {
            evaluation.updateIndicator(id, indicatorId, form.version() == null ? -1 : form.version(), form.details());
        } catch (BusinessRuleException e) {
            result.reject(e.messageKey(), e.arguments(), e.messageKey());
            return formView(workspace, indicator, model);
        }
        flash.success(redirect, "evaluation.indicator.updated");
        return "redirect:" + EvaluationViews.base(id) + "/indicateurs/" + indicatorId;
    }

    @PostMapping("/espaces/{id}/evaluation/indicateurs/{indicatorId}/supprimer")
    String delete(@PathVariable Long id, @PathVariable Long indicatorId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.MANAGE_INDICATORS);
        Indicator indicator = evaluation.indicator(id, indicatorId);
        try {
            evaluation.deleteIndicator(id, indicatorId);
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:" + EvaluationViews.base(id) + "/indicateurs/" + indicatorId;
        }
        flash.success(redirect, "evaluation.indicator.deleted", indicator.getName());
        return "redirect:" + EvaluationViews.base(id) + "/indicateurs";
    }

    /** Cross-field rules the annotations can't say: the level names its object, targets parse. */
    private boolean validate(IndicatorForm form, BindingResult result) {
        if (form.level() == IndicatorLevel.OBJECTIVE && form.objectiveId() == null) {
            result.rejectValue("objectiveId", "evaluation.indicator.objective.required");
        }
        if (form.level() == IndicatorLevel.ACTION && form.actionId() == null) {
            result.rejectValue("actionId", "evaluation.indicator.action.required");
        }
        if (form.parsedTargets() == null) {
            result.rejectValue("targets", "evaluation.indicator.targets.invalid");
        } else if (form.periodicity() != null) {
            form.parsedTargets().keySet().stream()
                    .filter(p -> !new fr.maillage.evaluation.Period(p).matches(form.periodicity())).findFirst()
                    .ifPresent(p -> result.rejectValue("targets", "evaluation.period.invalid." + form.periodicity(),
                            new Object[] {p}, null));
        }
        if ((form.baselineValue() == null) != (form.baselineDate() == null)) {
            result.rejectValue("baselineDate", "evaluation.indicator.baseline.incomplete");
        }
        if (form.minValue() != null && form.maxValue() != null && form.minValue().compareTo(form.maxValue()) > 0) {
            result.rejectValue("maxValue", "evaluation.indicator.bounds.order");
        }
        return !result.hasErrors();
    }

    private String formView(Workspace workspace, Indicator indicator, Model model) {
        Long id = workspace.getId();
        model.addAttribute("workspace", workspace);
        model.addAttribute("indicator", indicator);
        model.addAttribute("units", views.labels(Unit.class, "evaluation.unit."));
        model.addAttribute("directions", views.labels(Direction.class, "evaluation.direction."));
        model.addAttribute("levels", views.labels(IndicatorLevel.class, "evaluation.level."));
        model.addAttribute("periodicities", views.labels(Periodicity.class, "evaluation.periodicity."));
        model.addAttribute("disaggregationOptions", views.labels(Disaggregation.class, "evaluation.disaggregation."));
        Map<String, String> objectives = new LinkedHashMap<>();
        programme.objectives(id).forEach(o -> objectives.put(String.valueOf(o.id()), o.label()));
        Map<String, String> actions = new LinkedHashMap<>();
        programme.actions(id).forEach(a -> actions.put(String.valueOf(a.id()), a.title()));
        model.addAttribute("objectives", objectives);
        model.addAttribute("actions", actions);
        String base = EvaluationViews.base(id) + "/indicateurs";
        model.addAttribute("breadcrumb", indicator == null
                ? views.crumbs(workspace, views.text("evaluation.indicators.title"), base,
                        views.text("evaluation.indicator.newTitle"), null)
                : views.crumbs(workspace, views.text("evaluation.indicators.title"), base, indicator.getName(),
                        base + "/" + indicator.getId(), views.text("evaluation.indicator.editTitle"), null));
        return "evaluation/indicator-form";
    }
}
