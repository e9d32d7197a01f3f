package fr.maillage.evaluation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.evaluation.EvaluationAction;
import fr.maillage.evaluation.EvaluationDashboards;
import fr.maillage.evaluation.IndicatorCard;
import fr.maillage.evaluation.ProgrammeView;
import fr.maillage.evaluation.RegionalView;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dashboards of a workspace, an objective and an action (cards with summary, charts and tables),
 * the sharing setting, and the regional view of a centre de ressources.
 */
@Controller
class EvaluationDashboardController {

    private final EvaluationGate gate;
    private final EvaluationDashboards dashboards;
    private final IndicatorCharts charts;
    private final ProgrammeView programme;
    private final RegionalView regional;
    private final EvaluationViews views;
    private final Flash flash;
    private final fr.maillage.shared.pdf.PdfDocuments pdfs;

    EvaluationDashboardController(EvaluationGate gate, EvaluationDashboards dashboards, IndicatorCharts charts,
            ProgrammeView programme, RegionalView regional, EvaluationViews views, Flash flash,
            fr.maillage.shared.pdf.PdfDocuments pdfs) {
        this.pdfs = pdfs;
        this.gate = gate;
        this.dashboards = dashboards;
        this.charts = charts;
        this.programme = programme;
        this.regional = regional;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/evaluation")
    String workspace(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        model.addAttribute("workspace", workspace);
        model.addAttribute("pageTitle", views.text("evaluation.dashboard.workspace.title"));
        model.addAttribute("cards", charts.views(dashboards.workspace(id)));
        model.addAttribute("objectives", programme.objectives(id));
        model.addAttribute("canManage", gate.can(id, me, EvaluationAction.MANAGE_INDICATORS, false));
        model.addAttribute("canRunCampaign", gate.can(id, me, EvaluationAction.RUN_CAMPAIGN, false));
        model.addAttribute("canShare", gate.can(id, me, EvaluationAction.MANAGE_SHARING, false));
        model.addAttribute("shared", regional.isShared(id));
        model.addAttribute("isCentre", workspace.getType() == WorkspaceType.CENTRE_RESSOURCES);
        model.addAttribute("pdfUrl", EvaluationViews.base(id) + "/tableau.pdf");
        model.addAttribute("breadcrumb", views.crumbs(workspace));
        return "evaluation/dashboard";
    }

    @GetMapping("/espaces/{id}/evaluation/objectifs/{objectiveId}")
    String objective(@PathVariable Long id, @PathVariable Long objectiveId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        String label = programme.objectiveLabels(id).get(objectiveId);
        if (label == null) {
            throw new NotFoundException("objective " + objectiveId);
        }
        return level(workspace, views.text("evaluation.dashboard.objective.title", label),
                dashboards.objective(id, objectiveId), EvaluationViews.base(id) + "/objectifs/" + objectiveId + "/tableau.pdf",
                model);
    }

    @GetMapping("/espaces/{id}/evaluation/actions/{actionId}")
    String action(@PathVariable Long id, @PathVariable Long actionId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        ProgrammeView.ActionRef action = programme.action(id, actionId)
                .orElseThrow(() -> new NotFoundException("action " + actionId));
        return level(workspace, views.text("evaluation.dashboard.action.title", action.title()),
                dashboards.action(id, actionId), EvaluationViews.base(id) + "/actions/" + actionId + "/tableau.pdf", model);
    }

    private String level(Workspace workspace, String title, List<IndicatorCard> cards, String pdfUrl, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("pageTitle", title);
        model.addAttribute("cards", charts.views(cards));
        model.addAttribute("pdfUrl", pdfUrl);
        model.addAttribute("breadcrumb", views.crumbs(workspace, title, null));
        return "evaluation/dashboard";
    }

    @GetMapping("/espaces/{id}/evaluation/tableau.pdf")
    void workspacePdf(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        pdf(workspace, views.text("evaluation.dashboard.workspace.title"), dashboards.workspace(id), response);
    }

    @GetMapping("/espaces/{id}/evaluation/objectifs/{objectiveId}/tableau.pdf")
    void objectivePdf(@PathVariable Long id, @PathVariable Long objectiveId, @AuthenticationPrincipal AccountPrincipal me,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        String label = programme.objectiveLabels(id).get(objectiveId);
        if (label == null) {
            throw new NotFoundException("objective " + objectiveId);
        }
        pdf(workspace, views.text("evaluation.dashboard.objective.title", label), dashboards.objective(id, objectiveId),
                response);
    }

    @GetMapping("/espaces/{id}/evaluation/actions/{actionId}/tableau.pdf")
    void actionPdf(@PathVariable Long id, @PathVariable Long actionId, @AuthenticationPrincipal AccountPrincipal me,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        ProgrammeView.ActionRef action = programme.action(id, actionId)
                .orElseThrow(() -> new NotFoundException("action " + actionId));
        pdf(workspace, views.text("evaluation.dashboard.action.title", action.title()), dashboards.action(id, actionId),
                response);
    }

    private void pdf(Workspace workspace, String title, List<IndicatorCard> cards,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"tableau-de-bord.pdf\"");
        pdfs.render("evaluation/dashboard-pdf", java.util.Map.of("title", title, "workspaceName", workspace.getName(),
                "generatedAt", java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Paris")),
                "cards", charts.views(cards)), response.getOutputStream());
    }

    @PostMapping("/espaces/{id}/evaluation/partage")
    String share(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "false") boolean partager, RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.MANAGE_SHARING);
        regional.share(id, partager);
        flash.success(redirect, partager ? "evaluation.sharing.on" : "evaluation.sharing.off");
        return "redirect:" + EvaluationViews.base(id);
    }

    @GetMapping("/espaces/{id}/evaluation/regional")
    String regional(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW_REGIONAL);
        if (workspace.getType() != WorkspaceType.CENTRE_RESSOURCES) {
            throw new NotFoundException("regional view of " + id);
        }
        model.addAttribute("workspace", workspace);
        RegionalView.Comparison comparison = regional.compare(id);
        model.addAttribute("comparison", comparison);
        model.addAttribute("regionalCharts", charts.regional(comparison));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.regional.title"), null));
        return "evaluation/regional";
    }
}
