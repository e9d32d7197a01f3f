package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.AgendaItem;
import fr.maillage.governance.Body;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.Meeting;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Planning a meeting and preparing its agenda: items, their order, the records they are about,
 * and the body's open follow-ups proposed for review.
 */
@Controller
class MeetingController {

    private final GovernanceGate gate;
    private final GovernanceManagement governance;
    private final MeetingPage page;
    private final GovernanceViews views;
    private final Flash flash;

    MeetingController(GovernanceGate gate, GovernanceManagement governance, MeetingPage page, GovernanceViews views,
            Flash flash) {
        this.gate = gate;
        this.governance = governance;
        this.page = page;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/instances/{bodyId}/seances/nouvelle")
    String initCreationForm(@PathVariable Long id, @PathVariable Long bodyId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        Body body = governance.body(id, bodyId);
        model.addAttribute("form", MeetingForm.empty(body.getName()));
        return meetingForm(workspace, body, null, model);
    }

    @PostMapping("/espaces/{id}/instances/{bodyId}/seances/nouvelle")
    String processCreationForm(@PathVariable Long id, @PathVariable Long bodyId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        Body body = governance.body(id, bodyId);
        if (!form.endsAfterStart()) {
            result.rejectValue("endTime", "governance.meeting.end.order");
        }
        if (result.hasErrors()) {
            return meetingForm(workspace, body, null, model);
        }
        Meeting meeting = governance.planMeeting(id, bodyId, form.details());
        flash.success(redirect, "governance.meeting.created");
        return "redirect:" + GovernanceViews.meeting(id, meeting.getId());
    }

    @GetMapping("/espaces/{id}/seances/{meetingId}")
    String show(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long lien, @RequestParam(required = false) String type,
            @RequestParam(required = false) String q, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.VIEW);
        page.fill(model, workspace, me, governance.meeting(id, meetingId));
        model.addAttribute("itemForm", ItemForm.empty());
        if (lien != null && type != null && gate.can(id, me, GovernanceAction.PREPARE_MEETING)) {
            model.addAttribute("linkItem", lien);
            model.addAttribute("linkType", type);
            model.addAttribute("linkQuery", q);
            try {
                model.addAttribute("linkCandidates", governance.linkCandidates(id, type, q));
            } catch (BusinessRuleException e) {
                model.addAttribute("linkCandidates", java.util.List.of());
            }
        }
        return "governance/meeting";
    }

    @GetMapping("/espaces/{id}/seances/{meetingId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long meetingId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        Meeting meeting = governance.meeting(id, meetingId);
        model.addAttribute("form", MeetingForm.of(meeting));
        return meetingForm(workspace, governance.body(id, meeting.getBodyId()), meeting, model);
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long meetingId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        Meeting meeting = governance.meeting(id, meetingId);
        if (!form.endsAfterStart()) {
            result.rejectValue("endTime", "governance.meeting.end.order");
        }
        if (result.hasErrors()) {
            return meetingForm(workspace, governance.body(id, meeting.getBodyId()), meeting, model);
        }
        governance.updateMeeting(id, meetingId, form.version() == null ? -1 : form.version(), form.details());
        flash.success(redirect, "governance.meeting.updated");
        return "redirect:" + GovernanceViews.meeting(id, meetingId);
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/points")
    String addItem(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("itemForm") ItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        Meeting meeting = governance.meeting(id, meetingId);
        if (result.hasErrors()) {
            page.fill(model, workspace, me, meeting);
            return "governance/meeting";
        }
        AgendaItem item = governance.addItem(id, meetingId, form.title(), form.presenter(), form.durationMinutes());
        flash.success(redirect, "governance.item.added", item.getTitle());
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#ordre-du-jour";
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/points/{itemId}/modifier")
    String updateItem(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long itemId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("itemForm") ItemForm form,
            BindingResult result, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        if (result.hasErrors()) {
            flash.error(redirect, "governance.item.invalid");
        } else {
            governance.updateItem(id, itemId, form.version() == null ? -1 : form.version(), form.title(),
                    form.presenter(), form.durationMinutes());
            flash.success(redirect, "governance.item.updated");
        }
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#point-" + itemId;
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/points/{itemId}/supprimer")
    String removeItem(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long itemId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        governance.removeItem(id, itemId);
        flash.success(redirect, "governance.item.removed");
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#ordre-du-jour";
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/points/{itemId}/deplacer")
    String moveItem(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long itemId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam String sens) {
        gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        governance.moveItem(id, itemId, "haut".equals(sens));
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#point-" + itemId;
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/points/{itemId}/liens")
    String link(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long itemId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam String type, @RequestParam Long objectId,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        governance.linkItem(id, itemId, type, objectId);
        flash.success(redirect, "governance.link.added");
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#point-" + itemId;
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/points/{itemId}/liens/retirer")
    String unlink(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long itemId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam String type, @RequestParam Long objectId,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        governance.unlinkItem(id, itemId, type, objectId);
        flash.success(redirect, "governance.link.removed");
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#point-" + itemId;
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/propositions/{followUpId}")
    String addProposal(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long followUpId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        AgendaItem item = governance.proposeFollowUp(id, meetingId, followUpId);
        flash.success(redirect, "governance.item.added", item.getTitle());
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#ordre-du-jour";
    }

    private String meetingForm(Workspace workspace, Body body, Meeting meeting, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("body", body);
        model.addAttribute("meeting", meeting);
        String bodyUrl = GovernanceViews.base(workspace.getId()) + "/" + body.getId();
        model.addAttribute("breadcrumb", meeting == null
                ? views.crumbs(workspace, body.getName(), bodyUrl, views.text("governance.meeting.newTitle"), null)
                : views.crumbs(workspace, body.getName(), bodyUrl, meeting.getTitle(),
                        GovernanceViews.meeting(workspace.getId(), meeting.getId()),
                        views.text("governance.meeting.editTitle"), null));
        return "governance/meeting-form";
    }
}
