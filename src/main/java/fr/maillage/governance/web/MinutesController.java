package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.Body;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.Meeting;
import fr.maillage.governance.MinutesVersion;
import fr.maillage.governance.PublishMinutes;
import fr.maillage.governance.web.MeetingPage.MeetingPageSection;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Published minutes: publishing (and correcting, as a new version), reading any version as a
 * page or a PDF, sending the current one to the members; and the émargement sheet as PDF.
 */
@Controller
class MinutesController implements MeetingPageSection {

    private final GovernanceGate gate;
    private final GovernanceManagement governance;
    private final PublishMinutes publish;
    private final GovernanceViews views;
    private final Flash flash;

    MinutesController(GovernanceGate gate, GovernanceManagement governance, PublishMinutes publish,
            GovernanceViews views, Flash flash) {
        this.gate = gate;
        this.governance = governance;
        this.publish = publish;
        this.views = views;
        this.flash = flash;
    }

    @Override
    public void fill(Model model, Meeting meeting) {
        model.addAttribute("versions", publish.versions(meeting.getId()));
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/compte-rendu/publier")
    String publish(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String correctionNote, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.PUBLISH_MINUTES);
        boolean correction = !publish.versions(meetingId).isEmpty();
        if (correction && (correctionNote == null || correctionNote.isBlank() || correctionNote.length() > 1000)) {
            flash.error(redirect, "governance.publish.correctionNote.required");
            return "redirect:" + GovernanceViews.meeting(id, meetingId) + "/compte-rendu";
        }
        MinutesVersion version = publish.publish(id, meetingId, me.getDisplayName(), correctionNote);
        flash.success(redirect, "governance.publish.done", version.getNumber());
        return "redirect:" + PublishMinutes.versionPath(id, meetingId, version.getNumber());
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/compte-rendu/envoyer")
    String send(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.PUBLISH_MINUTES);
        flash.success(redirect, "governance.publish.sent", publish.send(id, meetingId));
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#compte-rendu";
    }

    @GetMapping("/espaces/{id}/seances/{meetingId}/compte-rendu/versions/{number}")
    String version(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.VIEW);
        Meeting meeting = governance.meeting(id, meetingId);
        Body body = governance.body(id, meeting.getBodyId());
        MinutesVersion version = publish.version(id, meetingId, number);
        views.rights(model, workspace, me);
        model.addAttribute("meeting", meeting);
        model.addAttribute("version", version);
        model.addAttribute("minutes", publish.content(version));
        model.addAttribute("breadcrumb", views.crumbs(workspace, body.getName(),
                GovernanceViews.base(id) + "/" + body.getId(), meeting.getTitle(), GovernanceViews.meeting(id, meetingId),
                views.text("governance.versions.pageTitle", number), null));
        return "governance/minutes-version";
    }

    @GetMapping("/espaces/{id}/seances/{meetingId}/compte-rendu/versions/{number}.pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable int number,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, GovernanceAction.VIEW);
        MinutesVersion version = publish.version(id, meetingId, number);
        return pdf(publish.pdf(version), "compte-rendu-" + meetingId + "-v" + number + ".pdf");
    }

    @GetMapping("/espaces/{id}/seances/{meetingId}/emargement.pdf")
    ResponseEntity<byte[]> attendancePdf(@PathVariable Long id, @PathVariable Long meetingId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, GovernanceAction.HOLD_MEETING);
        return pdf(publish.attendanceSheet(id, meetingId), "emargement-" + meetingId + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] content, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + fileName + "\"").body(content);
    }
}
