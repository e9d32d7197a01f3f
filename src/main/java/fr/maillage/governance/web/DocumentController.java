package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.Meeting;
import fr.maillage.governance.MeetingDocument;
import fr.maillage.governance.MeetingFiles;
import fr.maillage.governance.web.MeetingPage.MeetingPageSection;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import java.io.IOException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of a meeting (notes, slides): uploaded to the shared file store, typed by their
 * content, read by the workspace's members only.
 */
@Controller
class DocumentController implements MeetingPageSection {

    private final GovernanceGate gate;
    private final MeetingFiles files;
    private final Flash flash;

    DocumentController(GovernanceGate gate, MeetingFiles files, Flash flash) {
        this.gate = gate;
        this.files = files;
        this.flash = flash;
    }

    @Override
    public void fill(Model model, Meeting meeting) {
        model.addAttribute("documents", files.documents(meeting.getId()));
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/documents")
    String upload(@PathVariable Long id, @PathVariable Long meetingId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam("fichier") MultipartFile file, RedirectAttributes redirect) throws IOException {
        gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        if (file.isEmpty()) {
            flash.error(redirect, "governance.documents.empty");
        } else {
            try {
                MeetingDocument document = files.attach(id, meetingId, file.getOriginalFilename(), file.getInputStream());
                flash.success(redirect, "governance.documents.added", document.getFileName());
            } catch (BusinessRuleException e) {
                flash.error(redirect, e.messageKey(), e.arguments());
            }
        }
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#documents";
    }

    @GetMapping("/espaces/{id}/seances/{meetingId}/documents/{documentId}")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id, @PathVariable Long meetingId,
            @PathVariable Long documentId, @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, GovernanceAction.VIEW);
        MeetingDocument document = files.document(id, meetingId, documentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(files.open(document)));
    }

    @PostMapping("/espaces/{id}/seances/{meetingId}/documents/{documentId}/supprimer")
    String remove(@PathVariable Long id, @PathVariable Long meetingId, @PathVariable Long documentId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.PREPARE_MEETING);
        files.remove(id, meetingId, documentId);
        flash.success(redirect, "governance.documents.removed");
        return "redirect:" + GovernanceViews.meeting(id, meetingId) + "#documents";
    }
}
