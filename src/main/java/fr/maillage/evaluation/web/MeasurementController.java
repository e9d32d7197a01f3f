package fr.maillage.evaluation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.evaluation.Breakdown;
import fr.maillage.evaluation.EvaluationAction;
import fr.maillage.evaluation.EvaluationManagement;
import fr.maillage.evaluation.ImplausibleValuesException;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.Measurement;
import fr.maillage.evaluation.MeasurementImport;
import fr.maillage.evaluation.Period;
import fr.maillage.evaluation.ProgrammeView;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An indicator's page with its values, the entry of a period's values (with the confirmation step
 * for values outside the plausible bounds), corrections, deletions and the CSV import.
 */
@Controller
class MeasurementController {

    /** One input of the entry form: the part, its field name and id, the typed value. */
    record PartInput(Breakdown part, String name, String fieldId, String value, boolean implausible) {
    }

    private final EvaluationGate gate;
    private final EvaluationManagement evaluation;
    private final MeasurementImport imports;
    private final ProgrammeView programme;
    private final EvaluationViews views;
    private final Flash flash;
    private final IndicatorCharts charts;

    MeasurementController(EvaluationGate gate, EvaluationManagement evaluation, MeasurementImport imports,
            ProgrammeView programme, EvaluationViews views, Flash flash, IndicatorCharts charts) {
        this.gate = gate;
        this.evaluation = evaluation;
        this.imports = imports;
        this.programme = programme;
        this.views = views;
        this.flash = flash;
        this.charts = charts;
    }

    @GetMapping("/espaces/{id}/evaluation/indicateurs/{indicatorId}")
    String show(@PathVariable Long id, @PathVariable Long indicatorId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        Indicator indicator = evaluation.indicator(id, indicatorId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("indicator", indicator);
        model.addAttribute("values", evaluation.values(id, indicatorId, PageRequest.of(Math.max(page, 0), 30)));
        model.addAttribute("canManage", gate.can(id, me, EvaluationAction.MANAGE_INDICATORS, false));
        model.addAttribute("canEnter", gate.canEnter(id, me, indicator));
        model.addAttribute("actionTitle", indicator.getActionId() == null ? null
                : programme.actionTitles(id).get(indicator.getActionId()));
        model.addAttribute("objectiveLabel", indicator.getObjectiveId() == null ? null
                : programme.objectiveLabels(id).get(indicator.getObjectiveId()));
        model.addAttribute("card", charts.card(indicator));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.indicators.title"),
                EvaluationViews.base(id) + "/indicateurs", indicator.getName(), null));
        return "evaluation/indicator";
    }

    @GetMapping("/espaces/{id}/evaluation/indicateurs/{indicatorId}/saisie")
    String initEntryForm(@PathVariable Long id, @PathVariable Long indicatorId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String periode, Model model) {
        Indicator indicator = evaluation.indicator(id, indicatorId);
        Workspace workspace = gate.requireEntry(id, me, indicator);
        String period = periode == null || periode.isBlank()
                ? Period.of(indicator.getPeriodicity(), LocalDate.now().getYear()).code() : periode;
        Map<Breakdown, BigDecimal> existing = new LinkedHashMap<>();
        evaluation.values(id, indicatorId, PageRequest.of(0, 500)).stream().filter(m -> m.getPeriod().equals(period))
                .forEach(m -> existing.put(m.getBreakdown(), m.getValue()));
        List<PartInput> inputs = inputs(indicator, p -> existing.containsKey(p)
                ? existing.get(p).stripTrailingZeros().toPlainString() : "", Map.of());
        return entryView(workspace, indicator, period, inputs, "", "", null, model);
    }

    @PostMapping("/espaces/{id}/evaluation/indicateurs/{indicatorId}/saisie")
    String processEntryForm(@PathVariable Long id, @PathVariable Long indicatorId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Indicator indicator = evaluation.indicator(id, indicatorId);
        Workspace workspace = gate.requireEntry(id, me, indicator);
        String period = params.getOrDefault("periode", "").strip();
        String comment = params.get("commentaire");
        String source = params.get("source");
        boolean confirmed = "true".equals(params.get("confirmer"));
        Map<Breakdown, BigDecimal> values = new LinkedHashMap<>();
        String error = null;
        for (Breakdown part : evaluation.parts(indicator)) {
            String raw = params.get("part." + part.key());
            if (raw != null && !raw.isBlank()) {
                try {
                    values.put(part, parse(raw));
                } catch (NumberFormatException e) {
                    error = views.text("evaluation.entry.value.invalid", raw);
                }
            }
        }
        if (error == null) {
            try {
                evaluation.record(id, indicatorId, period, values, comment, source, confirmed);
                flash.success(redirect, "evaluation.entry.saved", period);
                return "redirect:" + EvaluationViews.base(id) + "/indicateurs/" + indicatorId;
            } catch (ImplausibleValuesException e) {
                List<PartInput> inputs = inputs(indicator, p -> params.getOrDefault("part." + p.key(), ""), e.values());
                model.addAttribute("confirmation", true);
                return entryView(workspace, indicator, period, inputs, comment, source, null, model);
            } catch (BusinessRuleException e) {
                error = views.text(e.messageKey(), e.arguments());
            }
        }
        List<PartInput> inputs = inputs(indicator, p -> params.getOrDefault("part." + p.key(), ""), Map.of());
        return entryView(workspace, indicator, period, inputs, comment, source, error, model);
    }

    @GetMapping("/espaces/{id}/evaluation/valeurs/{measurementId}/modifier")
    String initCorrectionForm(@PathVariable Long id, @PathVariable Long measurementId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Measurement m = evaluation.measurement(id, measurementId);
        Indicator indicator = evaluation.indicator(id, m.getIndicatorId());
        Workspace workspace = gate.requireEntry(id, me, indicator);
        return correctionView(workspace, indicator, m, m.getValue().stripTrailingZeros().toPlainString(),
                m.getComment(), m.getSource(), null, model);
    }

    @PostMapping("/espaces/{id}/evaluation/valeurs/{measurementId}/modifier")
    String processCorrectionForm(@PathVariable Long id, @PathVariable Long measurementId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam String valeur,
            @RequestParam(required = false) String commentaire, @RequestParam(required = false) String source,
            @RequestParam long version, @RequestParam(defaultValue = "false") boolean confirmer, Model model,
            RedirectAttributes redirect) {
        Measurement m = evaluation.measurement(id, measurementId);
        Indicator indicator = evaluation.indicator(id, m.getIndicatorId());
        Workspace workspace = gate.requireEntry(id, me, indicator);
        try {
            evaluation.correct(id, measurementId, version, parse(valeur), commentaire, source, confirmer);
        } catch (NumberFormatException e) {
            return correctionView(workspace, indicator, m, valeur, commentaire, source,
                    views.text("evaluation.entry.value.invalid", valeur), model);
        } catch (ImplausibleValuesException e) {
            model.addAttribute("confirmation", true);
            return correctionView(workspace, indicator, m, valeur, commentaire, source, null, model);
        }
        flash.success(redirect, "evaluation.entry.corrected");
        return "redirect:" + EvaluationViews.base(id) + "/indicateurs/" + indicator.getId();
    }

    @PostMapping("/espaces/{id}/evaluation/valeurs/{measurementId}/supprimer")
    String delete(@PathVariable Long id, @PathVariable Long measurementId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        Measurement m = evaluation.measurement(id, measurementId);
        Indicator indicator = evaluation.indicator(id, m.getIndicatorId());
        gate.requireEntry(id, me, indicator);
        evaluation.deleteMeasurement(id, measurementId);
        flash.success(redirect, "evaluation.entry.deleted");
        return "redirect:" + EvaluationViews.base(id) + "/indicateurs/" + indicator.getId();
    }

    @GetMapping("/espaces/{id}/evaluation/import")
    String initImportForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.IMPORT_MEASUREMENTS);
        return importView(workspace, null, model);
    }

    @PostMapping("/espaces/{id}/evaluation/import")
    String processImportForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam("fichier") MultipartFile file, @RequestParam(defaultValue = "false") boolean confirmer,
            Model model, RedirectAttributes redirect) throws IOException {
        Workspace workspace = gate.require(id, me, EvaluationAction.IMPORT_MEASUREMENTS);
        MeasurementImport.Result result = imports.run(id, file.getBytes(), confirmer);
        if (result.succeeded()) {
            flash.success(redirect, "evaluation.import.done", result.written());
            return "redirect:" + EvaluationViews.base(id) + "/indicateurs";
        }
        return importView(workspace, result.problems().stream()
                .map(p -> views.text("evaluation.import.line", p.line(), views.text(p.messageKey(), p.arguments())))
                .toList(), model);
    }

    private String importView(Workspace workspace, List<String> problems, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("problems", problems);
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.import.title"), null));
        return "evaluation/import";
    }

    private List<PartInput> inputs(Indicator indicator, java.util.function.Function<Breakdown, String> value,
            Map<Breakdown, BigDecimal> implausible) {
        List<PartInput> inputs = new ArrayList<>();
        int i = 0;
        for (Breakdown part : evaluation.parts(indicator)) {
            inputs.add(new PartInput(part, "part." + part.key(), "part-" + i++, value.apply(part),
                    implausible.containsKey(part)));
        }
        return inputs;
    }

    private String entryView(Workspace workspace, Indicator indicator, String period, List<PartInput> inputs,
            String comment, String source, String error, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("indicator", indicator);
        model.addAttribute("period", period);
        model.addAttribute("inputs", inputs);
        model.addAttribute("comment", comment);
        model.addAttribute("source", source);
        model.addAttribute("error", error);
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.indicators.title"),
                EvaluationViews.base(workspace.getId()) + "/indicateurs", indicator.getName(),
                EvaluationViews.base(workspace.getId()) + "/indicateurs/" + indicator.getId(),
                views.text("evaluation.entry.title"), null));
        return "evaluation/entry";
    }

    private String correctionView(Workspace workspace, Indicator indicator, Measurement m, String value,
            String comment, String source, String error, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("indicator", indicator);
        model.addAttribute("measurement", m);
        model.addAttribute("value", value);
        model.addAttribute("comment", comment);
        model.addAttribute("source", source);
        model.addAttribute("error", error);
        model.addAttribute("breadcrumb", views.crumbs(workspace, indicator.getName(),
                EvaluationViews.base(workspace.getId()) + "/indicateurs/" + indicator.getId(),
                views.text("evaluation.correction.title"), null));
        return "evaluation/correction";
    }

    static BigDecimal parse(String raw) {
        return new BigDecimal(raw.replace("\u00a0", "").replace(" ", "").replace(',', '.').strip());
    }
}
