package fr.maillage.programme.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.programme.Action;
import fr.maillage.programme.ActionFilters;
import fr.maillage.programme.ActionStatus;
import fr.maillage.programme.ProgrammeAction;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.programme.web.ProgrammeApiModels.ActionJson;
import fr.maillage.programme.web.ProgrammeApiModels.ActionRequest;
import fr.maillage.programme.web.ProgrammeApiModels.AxisJson;
import fr.maillage.programme.web.ProgrammeApiModels.PageJson;
import fr.maillage.shared.BusinessRuleException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme as JSON, with the same rights as the pages: members read the strategy and the
 * actions of their workspace ("not found" for anyone else), pilotes write every action,
 * contributeurs create actions (assigned to them) and change those assigned to them.
 */
@RestController
@Tag(name = "Programme", description = "Stratégie et fiches actions des espaces")
class ProgrammeApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final ProgrammeGate gate;
    private final ProgrammeManagement programme;

    ProgrammeApiController(ProgrammeGate gate, ProgrammeManagement programme) {
        this.gate = gate;
        this.programme = programme;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/strategy")
    @Operation(summary = "La stratégie d'un espace", description = "Axes dans leur ordre, avec leurs objectifs "
            + "stratégiques suivis chacun de ses objectifs opérationnels.")
    List<AxisJson> strategy(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId) {
        gate.require(workspaceId, me, ProgrammeAction.VIEW);
        return AxisJson.of(programme.strategy(workspaceId));
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/actions")
    @Operation(summary = "Les fiches actions d'un espace", description = "Filtres facultatifs : année, statut, axe, "
            + "objectif (avec ses objectifs opérationnels), porteur, QPV, q (intitulé) ; 20 par page par défaut.")
    PageJson<ActionJson> actions(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) Long axisId, @RequestParam(required = false) Long objectiveId,
            @RequestParam(required = false) Long carrierId, @RequestParam(required = false) String qpv,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        gate.require(workspaceId, me, ProgrammeAction.VIEW);
        Page<Action> result = programme.actions(workspaceId,
                new ActionFilters(year, status, axisId, objectiveId, carrierId, qpv, q),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        return PageJson.of(result, result.getContent().stream().map(ActionJson::of).toList());
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/actions/{actionId}")
    @Operation(summary = "Une fiche action")
    ActionJson action(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @PathVariable Long actionId) {
        gate.require(workspaceId, me, ProgrammeAction.VIEW);
        return ActionJson.of(programme.action(workspaceId, actionId));
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/actions")
    @Operation(summary = "Créer une fiche action", description = "Le référent d'une action créée par un "
            + "contributeur est ce contributeur.")
    ResponseEntity<ActionJson> create(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @Valid @RequestBody ActionRequest request) {
        gate.require(workspaceId, me, ProgrammeAction.CREATE_ACTION);
        Long referent = gate.can(workspaceId, me, ProgrammeAction.ASSIGN_ACTION, null) ? request.referentUserId()
                : me.id();
        Action created = programme.createAction(workspaceId, request.draft(referent));
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/actions/" + created.getId()))
                .body(ActionJson.of(programme.action(workspaceId, created.getId())));
    }

    @PutMapping("/api/v1/workspaces/{workspaceId}/actions/{actionId}")
    @Operation(summary = "Modifier une fiche action", description = "version : celle de la lecture ; une autre "
            + "version (modification concurrente) donne 409. Seul un pilote change le référent.")
    ActionJson update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @PathVariable Long actionId, @Valid @RequestBody ActionRequest request) {
        gate.require(workspaceId, me, ProgrammeAction.VIEW);
        Action action = programme.action(workspaceId, actionId);
        gate.require(workspaceId, me, ProgrammeAction.EDIT_ACTION, action);
        if (request.version() == null) {
            throw new BusinessRuleException("programme.api.version.required");
        }
        Long referent = gate.can(workspaceId, me, ProgrammeAction.ASSIGN_ACTION, action) ? request.referentUserId()
                : action.getReferentUserId();
        programme.updateAction(workspaceId, actionId, request.version(), request.draft(referent));
        return ActionJson.of(programme.action(workspaceId, actionId));
    }
}
