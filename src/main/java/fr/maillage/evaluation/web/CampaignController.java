package fr.maillage.evaluation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.Contact;
import fr.maillage.evaluation.Campaign;
import fr.maillage.evaluation.CampaignManagement;
import fr.maillage.evaluation.CampaignRequest;
import fr.maillage.evaluation.EvaluationAction;
import fr.maillage.evaluation.ProgrammeView;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The chef de projet's side of data-entry campaigns: list, launch (one contact per action), follow
 * up (who answered), remind, revoke a link, validate answers, close.
 */
@Controller("evaluationCampaignController")
class CampaignController {

    private final EvaluationGate gate;
    private final CampaignManagement campaigns;
    private final EvaluationViews views;
    private final Flash flash;

    CampaignController(EvaluationGate gate, CampaignManagement campaigns, EvaluationViews views, Flash flash) {
        this.gate = gate;
        this.campaigns = campaigns;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/evaluation/campagnes")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        Page<Campaign> list = campaigns.campaigns(id, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("workspace", workspace);
        model.addAttribute("campaigns", list);
        model.addAttribute("progress", campaigns.progress(list.map(Campaign::getId).getContent()));
        model.addAttribute("canRun", gate.can(id, me, EvaluationAction.RUN_CAMPAIGN, false));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.campaigns.title"), null));
        return "evaluation/campaigns";
    }

    @GetMapping("/espaces/{id}/evaluation/campagnes/nouvelle")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.RUN_CAMPAIGN);
        model.addAttribute("campaignForm", CampaignForm.empty());
        return formView(workspace, Map.of(), null, model);
    }

    @PostMapping("/espaces/{id}/evaluation/campagnes/nouvelle")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("campaignForm") CampaignForm form, BindingResult result,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, EvaluationAction.RUN_CAMPAIGN);
        List<CampaignManagement.Recipient> recipients = new ArrayList<>();
        params.forEach((name, value) -> {
            if (name.startsWith("contact.") && value != null && !value.isBlank()) {
                recipients.add(new CampaignManagement.Recipient(Long.valueOf(name.substring(8)), Long.valueOf(value)));
            }
        });
        if (result.hasErrors()) {
            return formView(workspace, params, null, model);
        }
        try {
            Campaign campaign = campaigns.launch(id, form.title(), form.period(), form.deadline(), form.extraDays(),
                    recipients);
            flash.success(redirect, "evaluation.campaign.launched", recipients.size());
            return "redirect:" + EvaluationViews.base(id) + "/campagnes/" + campaign.getId();
        } catch (BusinessRuleException e) {
            return formView(workspace, params, views.text(e.messageKey(), e.arguments()), model);
        }
    }

    @GetMapping("/espaces/{id}/evaluation/campagnes/{campaignId}")
    String show(@PathVariable Long id, @PathVariable Long campaignId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        Campaign campaign = campaigns.campaign(id, campaignId);
        List<CampaignRequest> requests = campaigns.requests(id, campaignId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("campaign", campaign);
        model.addAttribute("requests", requests);
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("canRun", gate.can(id, me, EvaluationAction.RUN_CAMPAIGN, false));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.campaigns.title"),
                EvaluationViews.base(id) + "/campagnes", campaign.getTitle(), null));
        return "evaluation/campaign";
    }

    @GetMapping("/espaces/{id}/evaluation/campagnes/{campaignId}/demandes/{requestId}")
    String answer(@PathVariable Long id, @PathVariable Long campaignId, @PathVariable Long requestId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, EvaluationAction.VIEW);
        Campaign campaign = campaigns.campaign(id, campaignId);
        CampaignManagement.AnswerForm form = campaigns.answerOf(id, campaignId, requestId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", form);
        model.addAttribute("canRun", gate.can(id, me, EvaluationAction.RUN_CAMPAIGN, false));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.campaigns.title"),
                EvaluationViews.base(id) + "/campagnes", campaign.getTitle(),
                EvaluationViews.base(id) + "/campagnes/" + campaignId, form.request().getActionTitle(), null));
        return "evaluation/campaign-answer";
    }

    @PostMapping("/espaces/{id}/evaluation/campagnes/{campaignId}/relancer")
    String remindAll(@PathVariable Long id, @PathVariable Long campaignId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.RUN_CAMPAIGN);
        flash.success(redirect, "evaluation.campaign.remindedAll", campaigns.remindAll(id, campaignId));
        return back(id, campaignId);
    }

    @PostMapping("/espaces/{id}/evaluation/campagnes/{campaignId}/demandes/{requestId}/relancer")
    String remind(@PathVariable Long id, @PathVariable Long campaignId, @PathVariable Long requestId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.RUN_CAMPAIGN);
        campaigns.remind(id, campaignId, requestId);
        flash.success(redirect, "evaluation.campaign.reminded");
        return back(id, campaignId);
    }

    @PostMapping("/espaces/{id}/evaluation/campagnes/{campaignId}/demandes/{requestId}/revoquer")
    String revoke(@PathVariable Long id, @PathVariable Long campaignId, @PathVariable Long requestId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.RUN_CAMPAIGN);
        campaigns.revoke(id, campaignId, requestId);
        flash.success(redirect, "evaluation.campaign.revoked");
        return back(id, campaignId);
    }

    @PostMapping("/espaces/{id}/evaluation/campagnes/{campaignId}/demandes/{requestId}/valider")
    String validate(@PathVariable Long id, @PathVariable Long campaignId, @PathVariable Long requestId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.RUN_CAMPAIGN);
        flash.success(redirect, "evaluation.campaign.validated", campaigns.validate(id, campaignId, requestId));
        return back(id, campaignId);
    }

    @PostMapping("/espaces/{id}/evaluation/campagnes/{campaignId}/cloturer")
    String close(@PathVariable Long id, @PathVariable Long campaignId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, EvaluationAction.RUN_CAMPAIGN);
        campaigns.close(id, campaignId);
        flash.success(redirect, "evaluation.campaign.closedDone");
        return back(id, campaignId);
    }

    private static String back(Long id, Long campaignId) {
        return "redirect:" + EvaluationViews.base(id) + "/campagnes/" + campaignId;
    }

    private String formView(Workspace workspace, Map<String, String> chosen, String error, Model model) {
        Map<ProgrammeView.ActionRef, List<Contact>> candidates = campaigns.candidates(workspace.getId());
        model.addAttribute("workspace", workspace);
        model.addAttribute("candidates", candidates);
        model.addAttribute("chosen", chosen);
        model.addAttribute("error", error);
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("evaluation.campaigns.title"),
                EvaluationViews.base(workspace.getId()) + "/campagnes", views.text("evaluation.campaign.newTitle"), null));
        return "evaluation/campaign-form";
    }
}
