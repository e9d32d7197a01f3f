package fr.maillage.evaluation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.evaluation.AnnualReview;
import fr.maillage.evaluation.EvaluationAction;
import fr.maillage.evaluation.ReviewContent;
import fr.maillage.evaluation.ReviewManagement;
import fr.maillage.evaluation.ReviewSection;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual reviews of a workspace: list and opening of a year, the assembled review with its
 * narrative, validators and approvals.
 */
@Controller("evaluationReviewController")
class ReviewController {

    private final EvaluationGate gate;
    private final ReviewManagement reviews;
    private final WorkspaceManagement workspaces;
    private final IndicatorCharts charts;
    private final EvaluationViews views;
    private final Flash flash;
    private final ReviewExports exports;
    private final fr.maillage.shared.pdf.PdfDocuments pdfs;

    ReviewController(EvaluationGate gate, ReviewManagement reviews, WorkspaceManagement workspaces,
            IndicatorCharts charts, EvaluationViews views, Flash flash, ReviewExports exports,
            fr.maillage.shared.pdf.PdfDocuments pdfs) {
        this.exports = exports;
        this.pdfs = pdfs;
        this.gate = gate;
        this.reviews = reviews;
        this.workspaces = workspaces;
        this.charts = charts;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/evaluation/revues")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        model.addAttribute("workspace", workspace);
        model.addAttribute("reviews", reviews.reviews(id));
        model.addAttribute("canEdit", gate.can(id, me, EvaluationAction.EDIT_REVIEW, false));
        model.addAttribute("defaultYear", LocalDate.now().getYear());
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.reviews.title"), null));
        return "evaluation/reviews";
    }

    @PostMapping("/espaces/{id}/evaluation/revues")
    String open(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, @RequestParam int annee) {
        gate.require(id, me, EvaluationAction.EDIT_REVIEW);
        AnnualReview review = reviews.open(id, annee);
        return "redirect:" + EvaluationViews.base(id) + "/revues/" + review.getYear();
    }

    @GetMapping("/espaces/{id}/evaluation/revues/{year}")
    String show(@PathVariable Long id, @PathVariable int year, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        ReviewContent content = reviews.content(id, year);
        boolean validator = me != null && reviews.isValidator(id, year, me.id());
        model.addAttribute("workspace", workspace);
        model.addAttribute("rc", content);
        model.addAttribute("review", content.review());
        model.addAttribute("sections", ReviewSection.values());
        model.addAttribute("cards", charts.views(content.evaluation()));
        model.addAttribute("canEdit", gate.can(id, me, EvaluationAction.EDIT_REVIEW, false));
        model.addAttribute("canApprove", gate.can(id, me, EvaluationAction.APPROVE_REVIEW, validator));
        model.addAttribute("members", workspaces.members(id));
        model.addAttribute("validatorIds", content.validators().stream().map(v -> v.getUserId()).toList());
        model.addAttribute("myApproval", me == null ? null : content.validators().stream()
                .filter(v -> v.getUserId().equals(me.id())).findFirst().orElse(null));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.reviews.title"),
                EvaluationViews.base(id) + "/revues", views.text("evaluation.review.title", year), null));
        return "evaluation/review";
    }

    @PostMapping("/espaces/{id}/evaluation/revues/{year}/recit")
    String write(@PathVariable Long id, @PathVariable int year, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam long version, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.EDIT_REVIEW);
        Map<ReviewSection, String> texts = new EnumMap<>(ReviewSection.class);
        for (ReviewSection section : ReviewSection.values()) {
            String text = params.get("texte." + section.name());
            if (text != null) {
                if (text.length() > 200_000) {
                    flash.error(redirect, "evaluation.review.text.size");
                    return back(id, year);
                }
                texts.put(section, text);
            }
        }
        reviews.write(id, year, version, texts);
        flash.success(redirect, "evaluation.review.written");
        return back(id, year);
    }

    @PostMapping("/espaces/{id}/evaluation/revues/{year}/validateurs")
    String designate(@PathVariable Long id, @PathVariable int year, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "validateurs", required = false) List<Long> userIds, RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.EDIT_REVIEW);
        reviews.designate(id, year, userIds == null ? List.of() : userIds);
        flash.success(redirect, "evaluation.review.designated");
        return back(id, year);
    }

    @PostMapping("/espaces/{id}/evaluation/revues/{year}/approuver")
    String approve(@PathVariable Long id, @PathVariable int year, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.VIEW);
        if (!gate.can(id, me, EvaluationAction.APPROVE_REVIEW, reviews.isValidator(id, year, me.id()))) {
            throw new org.springframework.security.access.AccessDeniedException("approve review");
        }
        AnnualReview review = reviews.approve(id, year, me.id());
        flash.success(redirect, review.isValidated() ? "evaluation.review.validatedDone" : "evaluation.review.approved");
        return back(id, year);
    }

    @GetMapping("/espaces/{id}/evaluation/revues/{year}/revue.xlsx")
    void xlsx(@PathVariable Long id, @PathVariable int year, @AuthenticationPrincipal AccountPrincipal me,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        gate.require(id, me, EvaluationAction.VIEW);
        ReviewContent content = reviews.content(id, year);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"revue-" + year + ".xlsx\"");
        exports.xlsx(content, charts.views(content.evaluation()), response.getOutputStream());
    }

    @GetMapping("/espaces/{id}/evaluation/revues/{year}/revue.pdf")
    void pdf(@PathVariable Long id, @PathVariable int year, @AuthenticationPrincipal AccountPrincipal me,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        gate.require(id, me, EvaluationAction.VIEW);
        ReviewContent content = reviews.content(id, year);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"revue-" + year + ".pdf\"");
        pdfs.render("evaluation/review-pdf", Map.of("rc", content, "sections", ReviewSection.values(),
                "cards", charts.views(content.evaluation())), response.getOutputStream());
    }

    private static String back(Long id, int year) {
        return "redirect:" + EvaluationViews.base(id) + "/revues/" + year;
    }
}
