package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.Contact;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.DirectorySearch;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationFilters;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.directory.OrganisationUsage;
import fr.maillage.directory.web.DirectoryApiModels.ContactJson;
import fr.maillage.directory.web.DirectoryApiModels.ContactRequest;
import fr.maillage.directory.web.DirectoryApiModels.OrganisationJson;
import fr.maillage.directory.web.DirectoryApiModels.OrganisationRequest;
import fr.maillage.directory.web.DirectoryApiModels.OrganisationSummaryJson;
import fr.maillage.directory.web.DirectoryApiModels.PageJson;
import fr.maillage.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as JSON, with the same rights as the pages: organisations are read by any member
 * of a workspace and written by pilotes and contributeurs; a workspace's contacts are reached
 * through that workspace only ("not found" for anyone else).
 */
@RestController
@Tag(name = "Annuaire", description = "Organisations partagées et contacts des espaces")
class DirectoryApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final DirectoryGate gate;
    private final DirectoryManagement directory;
    private final DirectorySearch search;
    private final OrganisationUsage usage;

    DirectoryApiController(DirectoryGate gate, DirectoryManagement directory, DirectorySearch search,
            OrganisationUsage usage) {
        this.usage = usage;
        this.gate = gate;
        this.directory = directory;
        this.search = search;
    }

    @GetMapping("/api/v1/organisations")
    @Operation(summary = "Rechercher des organisations", description = "Par nom ou sigle (racinisation française, "
            + "sans accents), avec filtres par type, thématique, commune, EPCI et QPV ; 20 par page par défaut.")
    PageJson<OrganisationSummaryJson> organisations(@AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q, @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String commune,
            @RequestParam(required = false) String epci, @RequestParam(required = false) String qpv,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (!gate.canViewOrganisations(me)) {
            throw new AccessDeniedException("organisations");
        }
        Page<Organisation> result = search.organisations(
                new OrganisationFilters(q, kind, theme, commune, epci, qpv, null), null,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)), false).page();
        return PageJson.of(result, result.getContent().stream().map(OrganisationSummaryJson::of).toList());
    }

    @PostMapping("/api/v1/organisations")
    @Operation(summary = "Créer une organisation")
    ResponseEntity<OrganisationJson> createOrganisation(@AuthenticationPrincipal AccountPrincipal me,
            @Valid @RequestBody OrganisationRequest request) {
        gate.requireOrganisationEditor(me);
        Organisation created = directory.createOrganisation(request.details());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.getId()))
                .body(OrganisationJson.of(directory.organisation(created.getId())));
    }

    @GetMapping("/api/v1/organisations/{id}")
    @Operation(summary = "Une organisation")
    OrganisationJson organisation(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id) {
        if (!gate.canViewOrganisations(me)) {
            throw new AccessDeniedException("organisations");
        }
        return OrganisationJson.of(directory.organisation(id));
    }

    @PutMapping("/api/v1/organisations/{id}")
    @Operation(summary = "Modifier une organisation", description = "version : celle de la lecture ; une autre "
            + "version (modification concurrente) donne 409.")
    OrganisationJson updateOrganisation(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long id,
            @Valid @RequestBody OrganisationRequest request) {
        gate.requireOrganisationEditor(me);
        usage.requireChangeableBy(java.util.List.of(id), me.isAdmin(), gate.editorWorkspaces(me));
        directory.updateOrganisation(id, requireVersion(request.version()), request.details());
        return OrganisationJson.of(directory.organisation(id));
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/contacts")
    @Operation(summary = "Les contacts d'un espace", description = "Filtre facultatif q sur le nom ou la fonction.")
    PageJson<ContactJson> contacts(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        gate.require(workspaceId, me, DirectoryAction.VIEW_CONTACTS);
        Page<Contact> result = search.contacts(workspaceId, q,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        return PageJson.of(result, result.getContent().stream()
                .map(c -> ContactJson.of(directory.contact(workspaceId, c.getId()))).toList());
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/contacts")
    @Operation(summary = "Créer un contact dans un espace")
    ResponseEntity<ContactJson> createContact(@AuthenticationPrincipal AccountPrincipal me,
            @PathVariable Long workspaceId, @Valid @RequestBody ContactRequest request) {
        gate.require(workspaceId, me, DirectoryAction.EDIT_CONTACT);
        Contact created = directory.createContact(workspaceId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/contacts/" + created.getId()))
                .body(ContactJson.of(directory.contact(workspaceId, created.getId())));
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/contacts/{contactId}")
    @Operation(summary = "Un contact d'un espace")
    ContactJson contact(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @PathVariable Long contactId) {
        gate.require(workspaceId, me, DirectoryAction.VIEW_CONTACTS);
        return ContactJson.of(directory.contact(workspaceId, contactId));
    }

    @PutMapping("/api/v1/workspaces/{workspaceId}/contacts/{contactId}")
    @Operation(summary = "Modifier un contact d'un espace")
    ContactJson updateContact(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @PathVariable Long contactId, @Valid @RequestBody ContactRequest request) {
        gate.require(workspaceId, me, DirectoryAction.EDIT_CONTACT);
        directory.updateContact(workspaceId, contactId, requireVersion(request.version()), request.details());
        return ContactJson.of(directory.contact(workspaceId, contactId));
    }

    @DeleteMapping("/api/v1/workspaces/{workspaceId}/contacts/{contactId}")
    @Operation(summary = "Supprimer un contact d'un espace")
    ResponseEntity<Void> deleteContact(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @PathVariable Long contactId) {
        gate.require(workspaceId, me, DirectoryAction.EDIT_CONTACT);
        directory.deleteContact(workspaceId, contactId);
        return ResponseEntity.noContent().build();
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new BusinessRuleException("directory.api.version.required");
        }
        return version;
    }
}
