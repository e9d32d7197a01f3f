package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.Affiliation;
import fr.maillage.directory.Contact;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.DirectorySearch;
import fr.maillage.directory.LegalBasis;
import fr.maillage.directory.OrganisationFilters;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A workspace's contacts: creation, page with the organisations they belong to, edit, deletion.
 * Every URL names the workspace and a contact of another workspace is "not found".
 */
@Controller
class ContactController {

    private final DirectoryGate gate;
    private final DirectoryManagement directory;
    private final DirectorySearch search;
    private final DirectoryViews views;
    private final Flash flash;

    ContactController(DirectoryGate gate, DirectoryManagement directory, DirectorySearch search,
            DirectoryViews views, Flash flash) {
        this.gate = gate;
        this.directory = directory;
        this.search = search;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @ModelAttribute("legalBases")
    Map<String, String> legalBases() {
        Map<String, String> bases = new LinkedHashMap<>();
        for (LegalBasis basis : LegalBasis.values()) {
            bases.put(basis.name(), flash.text("directory.legalBasis." + basis));
        }
        return bases;
    }

    @GetMapping("/espaces/{id}/annuaire/contacts/nouveau")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long organisation, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        model.addAttribute("form", ContactForm.empty(organisation));
        return formView(workspace, null, organisation, model);
    }

    @PostMapping("/espaces/{id}/annuaire/contacts/nouveau")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") ContactForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        if (!form.consentIsDated()) {
            result.rejectValue("consentDate", "directory.contact.consentDate.required");
        }
        if (result.hasErrors()) {
            return formView(workspace, null, form.organisationId(), model);
        }
        Contact created = directory.createContact(id, form.details(List.of()));
        flash.success(redirect, "directory.contact.created", created.fullName());
        return "redirect:" + DirectoryViews.base(id) + "/contacts/" + created.getId();
    }

    @GetMapping("/espaces/{id}/annuaire/contacts/{contactId}")
    String show(@PathVariable Long id, @PathVariable Long contactId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.VIEW_CONTACTS);
        Contact contact = directory.contact(id, contactId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("contact", contact);
        model.addAttribute("organisations", directory.organisations(
                contact.getAffiliations().stream().map(Affiliation::organisationId).toList()));
        boolean canEdit = gate.can(id, me, DirectoryAction.EDIT_CONTACT);
        model.addAttribute("canEditContact", canEdit);
        model.addAttribute("q", q);
        if (canEdit && q != null && !q.isBlank()) {
            model.addAttribute("candidates",
                    search.organisations(OrganisationFilters.text(q), id, PageRequest.of(0, 10), false).page().getContent());
        }
        model.addAttribute("breadcrumb", views.crumbs(workspace, contact.fullName(), null));
        return "directory/contact";
    }

    @GetMapping("/espaces/{id}/annuaire/contacts/{contactId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long contactId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        Contact contact = directory.contact(id, contactId);
        model.addAttribute("form", ContactForm.of(contact));
        return formView(workspace, contact, null, model);
    }

    @PostMapping("/espaces/{id}/annuaire/contacts/{contactId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long contactId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") ContactForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        Contact contact = directory.contact(id, contactId);
        if (!form.consentIsDated()) {
            result.rejectValue("consentDate", "directory.contact.consentDate.required");
        }
        if (result.hasErrors()) {
            return formView(workspace, contact, null, model);
        }
        directory.updateContact(id, contactId, form.version() == null ? -1 : form.version(),
                form.details(contact.getAffiliations()));
        flash.success(redirect, "directory.contact.updated");
        return "redirect:" + DirectoryViews.base(id) + "/contacts/" + contactId;
    }

    @PostMapping("/espaces/{id}/annuaire/contacts/{contactId}/supprimer")
    String delete(@PathVariable Long id, @PathVariable Long contactId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        Contact contact = directory.contact(id, contactId);
        directory.deleteContact(id, contactId);
        flash.success(redirect, "directory.contact.deleted", contact.fullName());
        return "redirect:" + DirectoryViews.base(id) + "?onglet=contacts";
    }

    @PostMapping("/espaces/{id}/annuaire/contacts/{contactId}/rattacher")
    String attach(@PathVariable Long id, @PathVariable Long contactId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Long organisationId, @RequestParam(defaultValue = "") String role,
            RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        directory.attach(id, contactId, new Affiliation(organisationId, role));
        flash.success(redirect, "directory.contact.attached");
        return "redirect:" + DirectoryViews.base(id) + "/contacts/" + contactId;
    }

    @PostMapping("/espaces/{id}/annuaire/contacts/{contactId}/detacher")
    String detach(@PathVariable Long id, @PathVariable Long contactId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Long organisationId, RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.EDIT_CONTACT);
        directory.detach(id, contactId, organisationId);
        flash.success(redirect, "directory.contact.detached");
        return "redirect:" + DirectoryViews.base(id) + "/contacts/" + contactId;
    }

    private String formView(Workspace workspace, Contact contact, Long organisationId, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("contact", contact);
        model.addAttribute("organisation", organisationId == null ? null
                : directory.organisations(List.of(organisationId)).get(organisationId));
        model.addAttribute("breadcrumb", contact == null
                ? views.crumbs(workspace, flash.text("directory.contact.newTitle"), null)
                : views.crumbs(workspace, contact.fullName(),
                        DirectoryViews.base(workspace.getId()) + "/contacts/" + contact.getId(),
                        flash.text("directory.contact.editTitle"), null));
        return "directory/contact-form";
    }
}
