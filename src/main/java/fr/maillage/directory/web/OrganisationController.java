package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.CompanyDirectory;
import fr.maillage.directory.CompanyDirectoryUnavailableException;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.InvalidOrganisationException;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.directory.OrganisationNote;
import fr.maillage.directory.OrganisationRules;
import fr.maillage.directory.OrganisationUsage;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.territory.TerritoryRef;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
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
 * Organisation pages within a workspace: creation (with the company directory lookup), the page
 * with the workspace's contacts, note and tags, and the edit form.
 */
@Controller
class OrganisationController {

    private final DirectoryGate gate;
    private final DirectoryManagement directory;
    private final CompanyDirectory companies;
    private final TerritoryDirectory territories;
    private final DirectoryViews views;
    private final Flash flash;
    private final OrganisationUsage usage;

    OrganisationController(DirectoryGate gate, DirectoryManagement directory, CompanyDirectory companies,
            TerritoryDirectory territories, DirectoryViews views, Flash flash, OrganisationUsage usage) {
        this.usage = usage;
        this.gate = gate;
        this.directory = directory;
        this.companies = companies;
        this.territories = territories;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    /**
     * The creation form; {@code recherche} looks the company directory up without JavaScript, and
     * the "Utiliser" links of the results come back here with the fields to fill.
     */
    @GetMapping("/espaces/{id}/annuaire/organisations/nouvelle")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String recherche, @RequestParam(required = false) String name,
            @RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String siret,
            @RequestParam(required = false) String rna, @RequestParam(required = false) String street,
            @RequestParam(required = false) String postalCode, @RequestParam(required = false) String communeCode,
            Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_ORGANISATION);
        OrganisationForm form = name == null ? OrganisationForm.empty()
                : new OrganisationForm(name, "", kind, siret, rna, "", street, postalCode, communeCode, "", List.of(),
                        "", "", "", null);
        model.addAttribute("form", form);
        lookup(recherche, model);
        return formView(workspace, null, model);
    }

    /** The company directory's results, as a fragment for htmx. */
    @GetMapping("/espaces/{id}/annuaire/entreprises")
    String companySearch(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String recherche, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_ORGANISATION);
        model.addAttribute("workspace", workspace);
        lookup(recherche, model);
        return "directory/organisation-form :: suggestions";
    }

    @PostMapping("/espaces/{id}/annuaire/organisations/nouvelle")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_ORGANISATION);
        if (!result.hasErrors()) {
            try {
                Organisation created = directory.createOrganisation(form.details());
                flash.success(redirect, "directory.organisation.created", created.getName());
                return "redirect:" + DirectoryViews.base(id) + "/organisations/" + created.getId();
            } catch (InvalidOrganisationException e) {
                reject(result, e.violations());
            }
        }
        return formView(workspace, null, model);
    }

    @GetMapping("/espaces/{id}/annuaire/organisations/{orgId}")
    String show(@PathVariable Long id, @PathVariable Long orgId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.VIEW_DIRECTORY);
        Organisation organisation = directory.organisation(orgId);
        OrganisationNote note = directory.note(id, orgId).orElse(null);
        model.addAttribute("workspace", workspace);
        model.addAttribute("organisation", organisation);
        model.addAttribute("commune", ref(TerritoryKind.COMMUNE, organisation.getCommuneCode()));
        model.addAttribute("epci", ref(TerritoryKind.EPCI, organisation.getEpciCode()));
        model.addAttribute("qpvs", territories.findAll(TerritoryKind.QPV, organisation.getQpvCodes()).values());
        model.addAttribute("themes", views.themes());
        model.addAttribute("note", note);
        model.addAttribute("noteForm", NoteForm.of(note));
        model.addAttribute("contacts", directory.contactsOf(id, orgId));
        model.addAttribute("timeline", directory.timeline(orgId, id));
        java.util.Set<DirectoryAction> allowed = gate.allowed(id, me);
        model.addAttribute("canEditOrganisation", allowed.contains(DirectoryAction.EDIT_ORGANISATION));
        model.addAttribute("canEditNotes", allowed.contains(DirectoryAction.EDIT_NOTES));
        model.addAttribute("canEditContact", allowed.contains(DirectoryAction.EDIT_CONTACT));
        model.addAttribute("breadcrumb", views.crumbs(workspace, organisation.getName(), null));
        return "directory/organisation";
    }

    @GetMapping("/espaces/{id}/annuaire/organisations/{orgId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long orgId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_ORGANISATION);
        Organisation organisation = directory.organisation(orgId);
        model.addAttribute("form", OrganisationForm.of(organisation));
        return formView(workspace, organisation, model);
    }

    @PostMapping("/espaces/{id}/annuaire/organisations/{orgId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long orgId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, DirectoryAction.EDIT_ORGANISATION);
        Organisation organisation = directory.organisation(orgId);
        if (!result.hasErrors()) {
            try {
                usage.requireChangeableBy(List.of(orgId), me.isAdmin(), Set.of(id));
                directory.updateOrganisation(orgId, form.version() == null ? -1 : form.version(), form.details());
                flash.success(redirect, "directory.organisation.updated");
                return "redirect:" + DirectoryViews.base(id) + "/organisations/" + orgId;
            } catch (InvalidOrganisationException e) {
                reject(result, e.violations());
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return formView(workspace, organisation, model);
    }

    @PostMapping("/espaces/{id}/annuaire/organisations/{orgId}/note")
    String writeNote(@PathVariable Long id, @PathVariable Long orgId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.EDIT_NOTES);
        if (result.hasErrors()) {
            flash.error(redirect, "directory.note.invalid");
        } else {
            directory.writeNote(id, orgId, form.version() == null ? -1 : form.version(), form.partnership(),
                    form.notes(), form.tagList());
            flash.success(redirect, "directory.note.saved");
        }
        return "redirect:" + DirectoryViews.base(id) + "/organisations/" + orgId;
    }

    private String formView(Workspace workspace, Organisation organisation, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("themes", views.themes());
        model.addAttribute("breadcrumb", organisation == null
                ? views.crumbs(workspace, flash.text("directory.organisation.newTitle"), null)
                : views.crumbs(workspace, organisation.getName(),
                        DirectoryViews.base(workspace.getId()) + "/organisations/" + organisation.getId(),
                        flash.text("directory.organisation.editTitle"), null));
        return "directory/organisation-form";
    }

    private void lookup(String query, Model model) {
        model.addAttribute("recherche", query);
        if (query == null || query.isBlank()) {
            return;
        }
        try {
            model.addAttribute("suggestions", companies.search(query));
        } catch (CompanyDirectoryUnavailableException e) {
            model.addAttribute("lookupError", true);
        }
    }

    private TerritoryRef ref(TerritoryKind kind, String code) {
        return code == null ? null : territories.find(kind, code).orElse(null);
    }

    private static void reject(BindingResult result, List<OrganisationRules.Violation> violations) {
        violations.forEach(v -> result.rejectValue(v.field(), v.messageKey(), v.arguments(), v.messageKey()));
    }
}
