package fr.maillage.programme.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.programme.Action;
import fr.maillage.programme.ActionAttachments;
import fr.maillage.programme.ActionFile;
import fr.maillage.programme.ProgrammeAction;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.pdf.PdfDocuments;
import fr.maillage.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of a fiche action: its PDF, and the files attached to it (uploaded, downloaded,
 * removed by those who may change the action).
 */
@Controller
class ActionDocumentsController {

    private final ProgrammeGate gate;
    private final ProgrammeManagement programme;
    private final ActionAttachments attachments;
    private final ProgrammeViews views;
    private final PdfDocuments pdf;
    private final Flash flash;

    ActionDocumentsController(ProgrammeGate gate, ProgrammeManagement programme, ActionAttachments attachments,
            ProgrammeViews views, PdfDocuments pdf, Flash flash) {
        this.gate = gate;
        this.programme = programme;
        this.attachments = attachments;
        this.views = views;
        this.pdf = pdf;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/actions/{actionId}/fiche.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @PathVariable Long actionId,
            @AuthenticationPrincipal AccountPrincipal me) {
        Workspace workspace = gate.require(id, me, ProgrammeAction.VIEW);
        Action action = programme.action(id, actionId);
        Map<String, Object> variables = new HashMap<>(views.details(id, action));
        variables.put("workspace", workspace);
        variables.put("action", action);
        variables.put("generatedAt", LocalDateTime.now());
        byte[] document = pdf.render("programme/action-pdf", variables);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("fiche-action-" + actionId + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    @PostMapping("/espaces/{id}/actions/{actionId}/fichiers")
    String attach(@PathVariable Long id, @PathVariable Long actionId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam("fichier") MultipartFile file, RedirectAttributes redirect) {
        Action action = programme.action(gate.require(id, me, ProgrammeAction.VIEW).getId(), actionId);
        gate.require(id, me, ProgrammeAction.EDIT_ACTION, action);
        if (file.isEmpty()) {
            flash.error(redirect, "programme.action.files.emptyFile");
        } else {
            try (InputStream content = file.getInputStream()) {
                ActionFile attached = attachments.attachFile(id, actionId, file.getOriginalFilename(), content,
                        me.getDisplayName());
                flash.success(redirect, "programme.action.files.added", attached.getFileName());
            } catch (BusinessRuleException e) {
                flash.error(redirect, e.messageKey(), e.arguments());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "redirect:" + ProgrammeViews.actions(id) + "/" + actionId + "#fichiers";
    }

    @GetMapping("/espaces/{id}/actions/{actionId}/fichiers/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id, @PathVariable Long actionId,
            @PathVariable Long fileId, @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, ProgrammeAction.VIEW);
        ActionFile file = attachments.file(id, actionId, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getContentType()))
                .contentLength(file.getSize())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(attachments.openFile(file)));
    }

    @PostMapping("/espaces/{id}/actions/{actionId}/fichiers/{fileId}/supprimer")
    String remove(@PathVariable Long id, @PathVariable Long actionId, @PathVariable Long fileId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        Action action = programme.action(gate.require(id, me, ProgrammeAction.VIEW).getId(), actionId);
        gate.require(id, me, ProgrammeAction.EDIT_ACTION, action);
        ActionFile removed = attachments.removeFile(id, actionId, fileId);
        flash.success(redirect, "programme.action.files.deleted", removed.getFileName());
        return "redirect:" + ProgrammeViews.actions(id) + "/" + actionId + "#fichiers";
    }
}
