package fr.maillage.governance.web;

import fr.maillage.governance.Body;
import fr.maillage.governance.ConveneMeeting;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.Invitation;
import fr.maillage.governance.InvitationAnswer;
import fr.maillage.governance.Meeting;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page of an invitation, opened from the e-mail without logging in: it shows the
 * meeting and lets the holder of the link answer for himself, and nothing else.
 */
@Controller
class AnswerController {

    private final ConveneMeeting convening;
    private final GovernanceManagement governance;
    private final GovernanceViews views;
    private final Flash flash;

    AnswerController(ConveneMeeting convening, GovernanceManagement governance, GovernanceViews views, Flash flash) {
        this.convening = convening;
        this.governance = governance;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/portail/convocations/{secret}")
    String show(@PathVariable String secret, Model model) {
        Invitation invitation = convening.invitationOf(secret).orElseThrow(() -> new NotFoundException("invitation"));
        return page(model, secret, invitation, null);
    }

    @PostMapping("/portail/convocations/{secret}")
    String answer(@PathVariable String secret, @RequestParam(required = false) InvitationAnswer answer,
            @RequestParam(required = false) String representedBy, Model model, RedirectAttributes redirect) {
        Invitation invitation = convening.invitationOf(secret).orElseThrow(() -> new NotFoundException("invitation"));
        try {
            if (answer == null) {
                throw new BusinessRuleException("governance.answer.required");
            }
            if (representedBy != null && representedBy.length() > 200) {
                throw new BusinessRuleException("governance.answer.representedBy.size");
            }
            convening.answer(secret, answer, representedBy);
        } catch (BusinessRuleException e) {
            return page(model, secret, invitation, flash.text(e.messageKey(), e.arguments()));
        }
        flash.success(redirect, "governance.answer.thanks");
        return "redirect:" + ConveneMeeting.answerPath(secret);
    }

    private String page(Model model, String secret, Invitation invitation, String error) {
        Meeting meeting = governance.meetingForInvitation(invitation);
        Body body = governance.bodyOf(meeting);
        model.addAttribute("secret", secret);
        model.addAttribute("invitation", invitation);
        model.addAttribute("meeting", meeting);
        model.addAttribute("body", body);
        model.addAttribute("agenda", governance.agenda(meeting.getId()));
        model.addAttribute("answers", views.labels(InvitationAnswer.class, "governance.answer."));
        model.addAttribute("answerError", error);
        return "governance/answer";
    }
}
