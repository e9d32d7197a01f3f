package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.ConveneMeeting;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.Meeting;
import fr.maillage.governance.web.MeetingPage.MeetingPageSection;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.mail.MailOutbox;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Convening from the meeting page: send the invitations (again), remind those who have not
 * answered, revoke a link, and see every e-mail's fate, retrying a failed one.
 */
@Controller
class ConveneController implements MeetingPageSection {

    private static final int MAILS_SHOWN = 100;

    private final GovernanceGate gate;
    private final GovernanceManagement governance;
    private final ConveneMeeting convening;
    private final MailOutbox outbox;
    private final Flash flash;

    ConveneController(GovernanceGate gate, GovernanceManagement governance, ConveneMeeting convening,
            MailOutbox outbox, Flash flash) {
        this.gate = gate;
        this.governance = governance;
        this.convening = convening;
        this.outbox = outbox;
        this.flash = flash;
    }

    @Override
    public void fill(Model model, Meeting meeting) {
        model.addAttribute("invitations", convening.invitations(meeting.getId()));
        String reference = meeting.getId().toString();
        model.addAttribute("mailCounts", outbox.counts(ConveneMeeting.INVITATION, reference));
        model.addAttribute("mails", outbox.list(ConveneMeeting.INVITATION, reference, PageRequest.of(0, MAILS_SHOWN)));
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/convoquer")
    String convene(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.CONVENE);
        ConveneMeeting.Convened result = convening.convene(id, meetingId);
        flash.success(redirect, "governance.convene.done", result.queued());
        if (!result.withoutAddress().isEmpty()) {
            flash.error(redirect, "governance.convene.withoutAddress", String.join(", ", result.withoutAddress()));
        }
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#convocation";
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/relancer")
    String remind(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.CONVENE);
        flash.success(redirect, "governance.convene.reminded", convening.remind(id, meetingId));
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#convocation";
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/invitations/{invitationId}/revoquer")
    String revoke(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long invitationId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.CONVENE);
        convening.revoke(id, meetingId, invitationId);
        flash.success(redirect, "governance.convene.revoked");
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#convocation";
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/courriels/{mailId}/renvoyer")
    String retry(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long mailId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.CONVENE);
        governance.meeting(id, meetingId);
        boolean ours = outbox.list(ConveneMeeting.INVITATION, meetingId.toString(), PageRequest.of(0, 1000))
                .stream().anyMatch(m -> m.getId().equals(mailId));
        if (!ours) {
            throw new NotFoundException("mail " + mailId);
        }
        outbox.retry(mailId);
        flash.success(redirect, "governance.convene.retried");
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#convocation";
    }
}
