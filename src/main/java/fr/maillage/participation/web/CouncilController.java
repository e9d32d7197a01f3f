package fr.maillage.participation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.participation.Council;
import fr.maillage.participation.CouncilComposition;
import fr.maillage.participation.CouncilPresence;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.ParticipationAction;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
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
 * A workspace's participation bodies: list, creation, page, description and publication choices.
 */
@Controller
class CouncilController {

    private final ParticipationGate gate;
    private final ParticipationManagement participation;
    private final DrawCitizenCouncil draws;
    private final CouncilComposition composition;
    private final ParticipationViews views;
    private final Flash flash;
    private final CompositionChart chart;
    private final CouncilPresence presence;

    CouncilController(ParticipationGate gate, ParticipationManagement participation, DrawCitizenCouncil draws,
            CouncilComposition composition, ParticipationViews views, Flash flash, CompositionChart chart,
            CouncilPresence presence) {
        this.presence = presence;
        this.chart = chart;
        this.gate = gate;
        this.participation = participation;
        this.draws = draws;
        this.composition = composition;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/participation")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.VIEW);
        views.common(model, workspace, me);
        model.addAttribute("councils", participation.councils(id, PageRequest.of(Math.max(0, page), 20)));
        model.addAttribute("pageUrl", ParticipationViews.base(id));
        model.addAttribute("breadcrumb", views.crumbs(workspace, null));
        return "participation/councils";
    }

    @GetMapping("/espaces/{id}/participation/conseils/nouveau")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        model.addAttribute("form", CouncilForm.empty());
        return formView(workspace, me, null, model);
    }

    @PostMapping("/espaces/{id}/participation/conseils/nouveau")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") CouncilForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        check(workspace, form, result);
        if (result.hasErrors()) {
            return formView(workspace, me, null, model);
        }
        Council created = participation.createCouncil(id, form.details());
        flash.success(redirect, "participation.council.created", created.getName());
        return "redirect:" + ParticipationViews.councilUrl(id, created.getId());
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}")
    String show(@PathVariable Long id, @PathVariable Long councilId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.VIEW);
        Council council = participation.council(id, councilId);
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("qpvNames", views.qpvNames(council));
        model.addAttribute("members", participation.activeMembers(id, councilId));
        model.addAttribute("pools", participation.pools(id, councilId));
        model.addAttribute("draws", draws.draws(id, councilId));
        model.addAttribute("composition", composition.of(id, councilId));
        model.addAttribute("breadcrumb", views.crumbs(workspace, council));
        return "participation/council";
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}/composition")
    String composition(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.VIEW);
        Council council = participation.council(id, councilId);
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        var current = composition.of(id, councilId);
        model.addAttribute("composition", current);
        model.addAttribute("chart", chart.of(council, current));
        model.addAttribute("presence", presence.of(id, councilId));
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, views.text("participation.composition.title"), null));
        return "participation/composition";
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        Council council = participation.council(id, councilId);
        model.addAttribute("form", CouncilForm.of(council));
        return formView(workspace, me, council, model);
    }

    @PostMapping("/espaces/{id}/participation/conseils/{councilId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") CouncilForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        Council council = participation.council(id, councilId);
        check(workspace, form, result);
        if (result.hasErrors()) {
            return formView(workspace, me, council, model);
        }
        participation.updateCouncil(id, councilId, form.getVersion() == null ? -1 : form.getVersion(), form.details());
        flash.success(redirect, "participation.council.updated");
        return "redirect:" + ParticipationViews.councilUrl(id, councilId);
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}/publication")
    String initPublicationForm(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.PUBLISH);
        Council council = participation.council(id, councilId);
        model.addAttribute("form", PublicationForm.of(council));
        return publicationView(workspace, me, council, model);
    }

    @PostMapping("/espaces/{id}/participation/conseils/{councilId}/publication")
    String processPublicationForm(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") PublicationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ParticipationAction.PUBLISH);
        Council council = participation.council(id, councilId);
        if (form.meetingDates() == null) {
            result.rejectValue("meetingLines", "participation.publication.meetingLines.invalid");
        }
        if (result.hasErrors()) {
            return publicationView(workspace, me, council, model);
        }
        participation.publish(id, councilId, form.version() == null ? -1 : form.version(), form.publication());
        flash.success(redirect, Boolean.TRUE.equals(form.published()) ? "participation.publication.published"
                : "participation.publication.unpublished");
        return "redirect:" + ParticipationViews.councilUrl(id, councilId);
    }

    private void check(Workspace workspace, CouncilForm form, BindingResult result) {
        if (!form.mandateInOrder()) {
            result.rejectValue("mandateEnd", "participation.council.mandate.order");
        }
        var perimeter = views.perimeterQpv(workspace).keySet();
        if (form.getQpvCodes().stream().anyMatch(code -> !perimeter.contains(code))) {
            result.rejectValue("qpvCodes", "participation.council.qpv.outside");
        }
    }

    private String formView(Workspace workspace, AccountPrincipal me, Council council, Model model) {
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("qpvOptions", views.perimeterQpv(workspace));
        model.addAttribute("breadcrumb", council == null
                ? views.crumbs(workspace, null, views.text("participation.council.newTitle"), null)
                : views.crumbs(workspace, council, views.text("participation.council.editTitle"), null));
        return "participation/council-form";
    }

    private String publicationView(Workspace workspace, AccountPrincipal me, Council council, Model model) {
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, views.text("participation.publication.title"), null));
        return "participation/publication-form";
    }
}
