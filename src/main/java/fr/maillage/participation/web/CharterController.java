package fr.maillage.participation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.participation.Council;
import fr.maillage.participation.ParticipationAction;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.files.FileStore;
import fr.maillage.shared.files.FileTypes;
import fr.maillage.shared.files.StoredFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
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
 * A council's charter: deposited by its pilotes and contributeurs (PDF, ODT or DOCX, recognised by
 * content), read by the workspace, and by everyone when the pilote chose to publish it.
 */
@Controller
class CharterController {

    private static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Set<String> TYPES = Set.of(FileTypes.PDF, FileTypes.ODT, FileTypes.DOCX);

    private final ParticipationGate gate;
    private final ParticipationManagement participation;
    private final FileStore files;
    private final Flash flash;

    CharterController(ParticipationGate gate, ParticipationManagement participation, FileStore files, Flash flash) {
        this.gate = gate;
        this.participation = participation;
        this.files = files;
        this.flash = flash;
    }

    @PostMapping("/espaces/{id}/participation/conseils/{councilId}/charte")
    String upload(@PathVariable Long id, @PathVariable Long councilId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam("fichier") MultipartFile file, RedirectAttributes redirect) throws IOException {
        gate.require(id, me, ParticipationAction.EDIT);
        Council council = participation.council(id, councilId);
        if (file.isEmpty()) {
            throw new BusinessRuleException("participation.import.empty");
        }
        StoredFile stored;
        try (InputStream in = file.getInputStream()) {
            stored = files.store(file.getOriginalFilename() == null ? "charte" : file.getOriginalFilename(), in,
                    MAX_BYTES, TYPES);
        }
        String previous = council.getCharterKey();
        participation.attachCharter(id, councilId, stored.key(), stored.fileName(), stored.contentType());
        if (previous != null) {
            files.delete(previous);
        }
        flash.success(redirect, "participation.council.charter.saved", stored.fileName());
        return "redirect:" + ParticipationViews.councilUrl(id, councilId);
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}/charte")
    ResponseEntity<InputStreamResource> download(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, ParticipationAction.VIEW);
        return file(participation.council(id, councilId));
    }

    @GetMapping("/conseils-citoyens/{councilId}/charte")
    ResponseEntity<InputStreamResource> publicDownload(@PathVariable Long councilId) {
        Council council = participation.publishedCouncil(councilId);
        if (!council.isPublishCharter()) {
            throw new NotFoundException("charter " + councilId);
        }
        return file(council);
    }

    private ResponseEntity<InputStreamResource> file(Council council) {
        if (!council.hasCharter()) {
            throw new NotFoundException("charter " + council.getId());
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(council.getCharterContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(council.getCharterFileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(files.open(council.getCharterKey())));
    }
}
