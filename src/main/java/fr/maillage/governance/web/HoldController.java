package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.AgendaItem;
import fr.maillage.governance.Attendance;
import fr.maillage.governance.AttendanceStatus;
import fr.maillage.governance.Body;
import fr.maillage.governance.DecisionRecord;
import fr.maillage.governance.DecisionStatus;
import fr.maillage.governance.FollowUp;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.HoldMeeting;
import fr.maillage.governance.LinkRef;
import fr.maillage.governance.Meeting;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Holding a meeting: the tablet émargement (htmx toggles, plain forms without JavaScript), the
 * minutes per agenda item, decisions and follow-ups.
 */
@Controller
class HoldController {

    private final GovernanceGate gate;
    private final GovernanceManagement governance;
    private final HoldMeeting hold;
    private final fr.maillage.governance.PublishMinutes publish;
    private final WorkspaceManagement workspaces;
    private final GovernanceViews views;
    private final Flash flash;

    HoldController(GovernanceGate gate, GovernanceManagement governance, HoldMeeting hold,
            fr.maillage.governance.PublishMinutes publish, WorkspaceManagement workspaces, GovernanceViews views,
            Flash flash) {
        this.gate = gate;
        this.governance = governance;
        this.hold = hold;
        this.publish = publish;
        this.workspaces = workspaces;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/seances/{meetingId}/emargement")
    String attendance(@PathVariable Long id, @PathVariable Long meetingId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.HOLD_MEETING);
        Meeting meeting = governance.meeting(id, meetingId);
        model.addAttribute("lines", hold.attendance(id, meetingId));
        model.addAttribute("pdfAvailable", true);
        base(model, workspace, me, meeting, "governance.attendance.title");
        return "governance/attendance";
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/emargement/{lineId}")
    String mark(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long lineId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam AttendanceStatus status,
            @RequestParam(required = false) String representedBy,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.HOLD_MEETING);
        Attendance line = hold.mark(id, meetingId, lineId, status, representedBy);
        if (htmx == null) {
            return "redirect:" + GovernanceViews.meeting(id, meetingId) + "/emargement#ligne-" + lineId;
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("meeting", governance.meeting(id, meetingId));
        model.addAttribute("line", line);
        model.addAttribute("quorum", hold.quorum(id, meetingId));
        model.addAttribute("attendanceStatuses", views.labels(AttendanceStatus.class, "governance.attendance."));
        return "governance/attendance :: marked";
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/cloturer")
    String close(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.HOLD_MEETING);
        hold.close(id, meetingId);
        flash.success(redirect, "governance.meeting.closed");
        return "redirect:" + GovernanceViews.meeting(id, meetingId);
    }

    @GetMapping("/espaces/{id}/seances/{meetingId}/compte-rendu")
    String minutes(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.HOLD_MEETING);
        Meeting meeting = governance.meeting(id, meetingId);
        model.addAttribute("decisionForm", DecisionForm.empty());
        model.addAttribute("followUpForm", FollowUpForm.empty());
        return minutesView(model, workspace, me, meeting);
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/compte-rendu/points/{itemId}")
    String writeMinutes(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long itemId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String html,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.HOLD_MEETING);
        AgendaItem item = governance.item(id, itemId);
        if (html.length() > 200_000) {
            flash.error(redirect, "governance.minutes.tooLong");
        } else {
            hold.writeMinutes(id, item.getId(), html);
            flash.success(redirect, "governance.minutes.saved", item.getTitle());
        }
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "/compte-rendu#point-" + itemId;
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/decisions")
    String recordDecision(@PathVariable Long id, @PathVariable Long meetingId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.HOLD_MEETING);
        Meeting meeting = governance.meeting(id, meetingId);
        if (!result.hasErrors()) {
            try {
                DecisionRecord decision = hold.recordDecision(id, meetingId, form.details());
                flash.success(redirect, "governance.decision.recorded", decision.getNumber());
                return "redirect:" + GovernanceViews.meeting(id, meetingId) + "/compte-rendu#decisions";
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.arguments(), null);
            }
        }
        model.addAttribute("followUpForm", FollowUpForm.empty());
        return minutesView(model, workspace, me, meeting);
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/suites")
    String recordFollowUp(@PathVariable Long id, @PathVariable Long meetingId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.HOLD_MEETING);
        Meeting meeting = governance.meeting(id, meetingId);
        if (form.ownerUserId() == null && !form.forPartner()) {
            result.rejectValue("ownerUserId", "governance.followUp.owner.required");
        }
        if (form.forPartner() && (form.partnerName() == null || form.partnerName().isBlank())) {
            result.rejectValue("partnerName", "governance.followUp.partnerName.required");
        }
        if (!result.hasErrors()) {
            try {
                FollowUp followUp = form.forPartner()
                        ? hold.recordFollowUpForPartner(id, meetingId, form.decisionId(), form.title(),
                                form.description(), form.partnerEmail().strip(), form.partnerName().strip(),
                                form.dueDate(), me.getDisplayName())
                        : hold.recordFollowUp(id, meetingId, form.decisionId(), form.title(), form.description(),
                                form.ownerUserId(), form.dueDate());
                flash.success(redirect, "governance.followUp.recorded", followUp.getOwnerName());
                return "redirect:" + GovernanceViews.meeting(id, meetingId) + "/compte-rendu#suites";
            } catch (BusinessRuleException e) {
                result.rejectValue("ownerUserId", e.messageKey(), e.arguments(), null);
            }
        }
        model.addAttribute("decisionForm", DecisionForm.empty());
        return minutesView(model, workspace, me, meeting);
    }

    private String minutesView(Model model, Workspace workspace, AccountPrincipal me, Meeting meeting) {
        Long id = workspace.getId();
        List<AgendaItem> agenda = governance.agenda(meeting.getId());
        model.addAttribute("agenda", agenda);
        Map<String, String> linkOptions = new LinkedHashMap<>();
        for (AgendaItem item : agenda) {
            for (LinkRef link : item.getLinks()) {
                linkOptions.put(link.type() + ":" + link.objectId(), link.label());
            }
        }
        model.addAttribute("linkOptions", linkOptions);
        Map<Long, String> itemOptions = new LinkedHashMap<>();
        agenda.forEach(i -> itemOptions.put(i.getId(), i.getPosition() + ". " + i.getTitle()));
        model.addAttribute("itemOptions", itemOptions);
        List<DecisionRecord> decisions = hold.decisionsOf(meeting.getId());
        Map<Long, String> decisionOptions = new LinkedHashMap<>();
        decisions.forEach(d -> decisionOptions.put(d.getId(), d.label()));
        model.addAttribute("decisionOptions", decisionOptions);
        model.addAttribute("decisions", decisions);
        model.addAttribute("followUps", hold.followUpsOf(meeting.getId()));
        model.addAttribute("decisionStatuses", views.labels(DecisionStatus.class, "governance.decisionStatus."));
        model.addAttribute("followUpStatuses",
                views.labels(fr.maillage.governance.FollowUpStatus.class, "governance.followUpStatus."));
        Map<Long, String> owners = new LinkedHashMap<>();
        workspaces.members(id).forEach(m -> owners.put(m.user().getId(), m.user().getDisplayName()));
        model.addAttribute("owners", owners);
        model.addAttribute("versions", publish.versions(meeting.getId()));
        base(model, workspace, me, meeting, "governance.minutes.title");
        return "governance/minutes";
    }

    private void base(Model model, Workspace workspace, AccountPrincipal me, Meeting meeting, String titleKey) {
        Long id = workspace.getId();
        Body body = governance.body(id, meeting.getBodyId());
        views.rights(model, workspace, me);
        model.addAttribute("body", body);
        model.addAttribute("meeting", meeting);
        model.addAttribute("quorum", hold.quorum(id, meeting.getId()));
        model.addAttribute("attendanceStatuses", views.labels(AttendanceStatus.class, "governance.attendance."));
        model.addAttribute("breadcrumb", views.crumbs(workspace, body.getName(),
                GovernanceViews.base(id) + "/" + body.getId(), meeting.getTitle(),
                GovernanceViews.meeting(id, meeting.getId()), views.text(titleKey), null));
    }
}
