package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.AttendanceStatus;
import fr.maillage.governance.Body;
import fr.maillage.governance.DecisionStatus;
import fr.maillage.governance.FollowUpStatus;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.HoldMeeting;
import fr.maillage.governance.InvitationAnswer;
import fr.maillage.governance.Meeting;
import fr.maillage.governance.MeetingStatus;
import fr.maillage.workspace.Workspace;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the meeting page: the meeting and its body, the agenda with its links, the proposals,
 * invitations and answers, attendance and quorum, decisions and follow-ups.
 */
@Component
class MeetingPage {

    private final GovernanceManagement governance;
    private final HoldMeeting hold;
    private final GovernanceViews views;
    private final java.util.List<MeetingPageSection> sections;

    MeetingPage(GovernanceManagement governance, HoldMeeting hold, GovernanceViews views,
            java.util.List<MeetingPageSection> sections) {
        this.governance = governance;
        this.hold = hold;
        this.views = views;
        this.sections = sections;
    }

    void fill(Model model, Workspace workspace, AccountPrincipal me, Meeting meeting) {
        Long id = workspace.getId();
        Body body = governance.body(id, meeting.getBodyId());
        views.rights(model, workspace, me);
        model.addAttribute("body", body);
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", governance.agenda(meeting.getId()));
        model.addAttribute("proposals", governance.proposals(meeting));
        model.addAttribute("providers", governance.providers());
        model.addAttribute("decisions", hold.decisionsOf(meeting.getId()));
        model.addAttribute("followUps", hold.followUpsOf(meeting.getId()));
        model.addAttribute("quorum", hold.quorum(id, meeting.getId()));
        model.addAttribute("statuses", views.labels(MeetingStatus.class, "governance.meetingStatus."));
        model.addAttribute("answers", views.labels(InvitationAnswer.class, "governance.answer."));
        model.addAttribute("attendanceStatuses", views.labels(AttendanceStatus.class, "governance.attendance."));
        model.addAttribute("decisionStatuses", views.labels(DecisionStatus.class, "governance.decisionStatus."));
        model.addAttribute("followUpStatuses", views.labels(FollowUpStatus.class, "governance.followUpStatus."));
        sections.forEach(s -> s.fill(model, meeting));
        model.addAttribute("breadcrumb", views.crumbs(workspace, body.getName(),
                GovernanceViews.base(id) + "/" + body.getId(), meeting.getTitle(), null));
    }

    /** More of the page, from the parts that convene and publish. */
    interface MeetingPageSection {
        void fill(Model model, Meeting meeting);
    }
}
