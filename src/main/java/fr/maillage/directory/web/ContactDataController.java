package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.ContactPersonalData;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.shared.Flash;
import fr.maillage.shared.pdf.PdfDocuments;
import fr.maillage.workspace.Workspace;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's rights over her contact record, exercised by the workspace's pilotes and
 * contributeurs on her request: the file of everything held (JSON or PDF), erasure,
 * anonymisation; and the review list of contacts kept past the retention period.
 */
@Controller
class ContactDataController {

    private final DirectoryGate gate;
    private final ContactPersonalData personalData;
    private final PdfDocuments pdfs;
    private final DirectoryViews views;
    private final Flash flash;

    ContactDataController(DirectoryGate gate, ContactPersonalData personalData, PdfDocuments pdfs,
            DirectoryViews views, Flash flash) {
        this.gate = gate;
        this.personalData = personalData;
        this.pdfs = pdfs;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/annuaire/contacts/{contactId}/donnees.json")
    ResponseEntity<ContactPersonalData.PersonalDataFile> json(@PathVariable Long id, @PathVariable Long contactId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(contactId, "json"))
                .body(personalData.file(id, contactId));
    }

    @GetMapping("/espaces/{id}/annuaire/contacts/{contactId}/donnees.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @PathVariable Long contactId,
            @AuthenticationPrincipal AccountPrincipal me) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        byte[] pdf = pdfs.render("directory/contact-data-pdf",
                Map.of("workspace", workspace, "data", personalData.file(id, contactId)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(contactId, "pdf")).body(pdf);
    }

    @PostMapping("/espaces/{id}/annuaire/contacts/{contactId}/effacer")
    String erase(@PathVariable Long id, @PathVariable Long contactId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        personalData.erase(id, contactId);
        flash.success(redirect, "directory.rgpd.erased");
        return "redirect:" + DirectoryViews.base(id) + "?onglet=contacts";
    }

    @PostMapping("/espaces/{id}/annuaire/contacts/{contactId}/anonymiser")
    String anonymise(@PathVariable Long id, @PathVariable Long contactId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        personalData.anonymise(id, contactId);
        flash.success(redirect, "directory.rgpd.anonymised");
        return "redirect:" + DirectoryViews.base(id) + "/contacts/" + contactId;
    }

    @GetMapping("/espaces/{id}/annuaire/contacts/a-revoir")
    String review(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        model.addAttribute("workspace", workspace);
        model.addAttribute("contacts", personalData.toReview(id, PageRequest.of(Math.max(0, page), 50)));
        model.addAttribute("years", personalData.retentionYears());
        model.addAttribute("pageUrl", DirectoryViews.base(id) + "/contacts/a-revoir");
        model.addAttribute("breadcrumb", views.crumbs(workspace, flash.text("directory.rgpd.review.title")));
        return "directory/contacts-review";
    }

    @PostMapping("/espaces/{id}/annuaire/contacts/{contactId}/conserver")
    String keep(@PathVariable Long id, @PathVariable Long contactId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        personalData.confirmStillNeeded(id, contactId);
        flash.success(redirect, "directory.rgpd.kept");
        return "redirect:" + DirectoryViews.base(id) + "/contacts/a-revoir";
    }

    private static String attachment(Long contactId, String extension) {
        return ContentDisposition.attachment().filename("donnees-contact-" + contactId + "." + extension).build()
                .toString();
    }
}
