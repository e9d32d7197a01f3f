package fr.maillage.funding.web.api;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.funding.Application;
import fr.maillage.funding.ApplicationInstruction;
import fr.maillage.funding.EnvelopeManagement;
import fr.maillage.funding.FundingAction;
import fr.maillage.funding.FundingLine;
import fr.maillage.funding.FundingManagement;
import fr.maillage.funding.FundingStatus;
import fr.maillage.funding.web.FundingGate;
import fr.maillage.funding.web.api.FundingApiModels.ApplicationJson;
import fr.maillage.funding.web.api.FundingApiModels.CallJson;
import fr.maillage.funding.web.api.FundingApiModels.EnvelopeJson;
import fr.maillage.funding.web.api.FundingApiModels.PageJson;
import fr.maillage.funding.web.api.FundingApiModels.TransitionRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's calls, applications (with their funding lines and timeline) and envelopes as JSON,
 * with the rights of the pages: members read, non-members get "not found".
 */
@RestController
@Tag(name = "Financements", description = "Appels à projets, dossiers de subvention, enveloppes")
class FundingApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final FundingGate gate;
    private final FundingManagement funding;
    private final ApplicationInstruction instruction;
    private final EnvelopeManagement envelopes;

    FundingApiController(FundingGate gate, FundingManagement funding, ApplicationInstruction instruction,
            EnvelopeManagement envelopes) {
        this.gate = gate;
        this.funding = funding;
        this.instruction = instruction;
        this.envelopes = envelopes;
    }

    @GetMapping("/api/v1/workspaces/{id}/calls")
    @Operation(summary = "Appels à projets de l'espace")
    PageJson<CallJson> calls(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        gate.require(id, me, FundingAction.VIEW);
        return PageJson.of(funding.calls(id, pageRequest(page, size, Sort.unsorted())), CallJson::of);
    }

    @GetMapping("/api/v1/workspaces/{id}/calls/{callId}")
    @Operation(summary = "Un appel à projets, avec sa grille")
    CallJson call(@PathVariable Long id, @PathVariable Long callId, @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, FundingAction.VIEW);
        return CallJson.of(funding.call(id, callId));
    }

    @GetMapping("/api/v1/workspaces/{id}/applications")
    @Operation(summary = "Dossiers de l'espace, avec leurs lignes de financement",
            description = "Filtres : année, appel, texte (titre ou référence) ; 20 par page par défaut.")
    PageJson<ApplicationJson> applications(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Long callId,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        gate.require(id, me, FundingAction.VIEW);
        Page<Application> result = funding.applications(id, year, callId, q,
                pageRequest(page, size, Sort.by("year").descending().and(Sort.by("reference"))));
        Map<Long, List<FundingLine>> lines = funding.linesOf(result.getContent().stream().map(Application::getId)
                .toList());
        return PageJson.of(result, a -> ApplicationJson.of(a, lines.getOrDefault(a.getId(), List.of()), null));
    }

    @GetMapping("/api/v1/workspaces/{id}/applications/{applicationId}")
    @Operation(summary = "Un dossier, avec ses lignes de financement et son historique")
    ApplicationJson application(@PathVariable Long id, @PathVariable Long applicationId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, FundingAction.VIEW);
        Application application = funding.application(id, applicationId);
        return ApplicationJson.of(application, funding.lines(applicationId), funding.timeline(applicationId));
    }

    @PostMapping("/api/v1/workspaces/{id}/applications/{applicationId}/transitions")
    @Operation(summary = "Faire avancer une ligne (ou toutes les lignes) du dossier",
            description = "Refusé (422) avec un message en français si le cycle de vie ne permet pas ce passage.")
    ApplicationJson transition(@PathVariable Long id, @PathVariable Long applicationId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody TransitionRequest request) {
        Application application = funding.application(id, applicationId);
        gate.require(id, me, request.target() == FundingStatus.DEPOSE ? FundingAction.EDIT_APPLICATION
                : FundingAction.INSTRUCT, application);
        instruction.move(id, applicationId, request.lineId(), request.target(), request.comment(),
                FundingGate.actor(me));
        return application(id, applicationId, me);
    }

    @GetMapping("/api/v1/workspaces/{id}/envelopes")
    @Operation(summary = "Enveloppes de l'espace, leur répartition et ce qui reste")
    List<EnvelopeJson> envelopes(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer year) {
        gate.require(id, me, FundingAction.VIEW);
        return envelopes.envelopes(id).stream().filter(e -> year == null || e.getYear() == year)
                .map(e -> EnvelopeJson.of(e, envelopes.allocated(e), envelopes.remaining(e),
                        envelopes.remainingToGrant(e), envelopes.allocations(e.getId())))
                .toList();
    }

    private static PageRequest pageRequest(int page, int size, Sort sort) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE), sort);
    }
}
