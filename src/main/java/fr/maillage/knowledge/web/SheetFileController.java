package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.KnowledgeAction;
import fr.maillage.knowledge.KnowledgeManagement;
import fr.maillage.knowledge.SheetFile;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
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
 * The documents and images of a sheet: attaching and removing them while the sheet may change,
 * reading them in the workspace, and on the public portal once the sheet is published.
 */
@Controller
class SheetFileController {

    private final KnowledgeGate gate;
    private final KnowledgeManagement knowledge;
    private final Flash flash;

    SheetFileController(KnowledgeGate gate, KnowledgeManagement knowledge, Flash flash) {
        this.gate = gate;
        this.knowledge = knowledge;
        this.flash = flash;
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/fichiers")
    String attach(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "fichier", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String description, RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.VIEW);
        ExperienceSheet sheet = knowledge.sheet(id, sheetId);
        gate.requireOn(sheet, me, KnowledgeAction.EDIT_SHEET);
        if (file == null || file.isEmpty()) {
            flash.error(redirect, "knowledge.file.required");
        } else {
            try (InputStream content = file.getInputStream()) {
                SheetFile attached = knowledge.attach(id, sheetId, file.getOriginalFilename(), content, description);
                flash.success(redirect, "knowledge.file.attached", attached.getFileName());
            } catch (BusinessRuleException e) {
                flash.error(redirect, e.messageKey(), e.arguments());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "redirect:" + SheetController.base(id) + "/" + sheetId + "#fichiers";
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/fichiers/{fileId}/retirer")
    String detach(@PathVariable Long id, @PathVariable Long sheetId, @PathVariable Long fileId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.VIEW);
        ExperienceSheet sheet = knowledge.sheet(id, sheetId);
        gate.requireOn(sheet, me, KnowledgeAction.EDIT_SHEET);
        knowledge.detach(id, sheetId, fileId);
        flash.success(redirect, "knowledge.file.detached");
        return "redirect:" + SheetController.base(id) + "/" + sheetId + "#fichiers";
    }

    @GetMapping("/espaces/{id}/capitalisation/{sheetId}/fichiers/{fileId}")
    ResponseEntity<InputStreamResource> read(@PathVariable Long id, @PathVariable Long sheetId,
            @PathVariable Long fileId, @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, KnowledgeAction.VIEW);
        return answer(knowledge.file(id, sheetId, fileId), CacheControl.noCache().cachePrivate());
    }

    @GetMapping("/fiches/{slug}/fichiers/{fileId}")
    ResponseEntity<InputStreamResource> readPublished(@PathVariable String slug, @PathVariable Long fileId) {
        ExperienceSheet sheet = knowledge.published(slug);
        return answer(knowledge.file(sheet.getWorkspaceId(), sheet.getId(), fileId),
                CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic());
    }

    private ResponseEntity<InputStreamResource> answer(SheetFile file, CacheControl cache) {
        ContentDisposition disposition = (file.isImage() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.getFileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getContentType()))
                .contentLength(file.getSize()).cacheControl(cache)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(knowledge.open(file)));
    }
}
