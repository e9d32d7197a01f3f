package fr.maillage.participation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.participation.Council;
import fr.maillage.participation.Draw;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.ParticipationAction;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.participation.web.ParticipationApiModels.CouncilJson;
import fr.maillage.participation.web.ParticipationApiModels.CouncilRequest;
import fr.maillage.participation.web.ParticipationApiModels.DrawJson;
import fr.maillage.participation.web.ParticipationApiModels.DrawRequest;
import fr.maillage.participation.web.ParticipationApiModels.PageJson;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's councils and draws as JSON, with the same rights as the pages; a workspace the
 * token's owner is not a member of is "not found".
 */
@RestController
@Tag(name = "Participation", description = "Conseils citoyens et tirages au sort d'un espace")
class ParticipationApiController {

    private final ParticipationGate gate;
    private final ParticipationManagement participation;
    private final DrawCitizenCouncil draws;

    ParticipationApiController(ParticipationGate gate, ParticipationManagement participation, DrawCitizenCouncil draws) {
        this.gate = gate;
        this.participation = participation;
        this.draws = draws;
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/councils")
    @Operation(summary = "Les conseils citoyens et instances de participation d'un espace")
    PageJson<CouncilJson> councils(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        gate.require(workspaceId, me, ParticipationAction.VIEW);
        Page<Council> result = participation.councils(workspaceId,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100)));
        return PageJson.of(result, result.getContent().stream()
                .map(c -> CouncilJson.of(participation.council(workspaceId, c.getId()),
                        participation.memberCounts(c.getId()))).toList());
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/councils/{councilId}")
    @Operation(summary = "Un conseil, ses objectifs de composition et ses membres actifs par collège")
    CouncilJson council(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @PathVariable Long councilId) {
        gate.require(workspaceId, me, ParticipationAction.VIEW);
        return CouncilJson.of(participation.council(workspaceId, councilId), participation.memberCounts(councilId));
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/councils")
    @Operation(summary = "Créer un conseil")
    ResponseEntity<CouncilJson> create(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @Valid @RequestBody CouncilRequest request) {
        gate.require(workspaceId, me, ParticipationAction.EDIT);
        Council created = participation.createCouncil(workspaceId, request.details());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/councils/" + created.getId()))
                .body(CouncilJson.of(participation.council(workspaceId, created.getId()),
                        participation.memberCounts(created.getId())));
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/draws")
    @Operation(summary = "Les tirages au sort d'un espace", description = "Graine, empreinte du vivier anonymisé et "
            + "quotas ; le détail (tirés et suppléants, par pseudonyme) est sur chaque tirage.")
    List<DrawJson> draws(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId) {
        gate.require(workspaceId, me, ParticipationAction.VIEW);
        return draws.draws(workspaceId).stream().map(d -> DrawJson.of(draws.draw(workspaceId, d.getId()), null)).toList();
    }

    @GetMapping("/api/v1/workspaces/{workspaceId}/draws/{drawId}")
    @Operation(summary = "Un tirage : quotas, tirés et suppléants dans l'ordre, par pseudonyme")
    DrawJson draw(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @PathVariable Long drawId) {
        gate.require(workspaceId, me, ParticipationAction.VIEW);
        return DrawJson.of(draws.draw(workspaceId, drawId), draws.entries(drawId));
    }

    @PostMapping("/api/v1/workspaces/{workspaceId}/draws")
    @Operation(summary = "Tirer au sort dans un vivier", description = "Quotas par case (genre F/H, tranche d'âge, "
            + "code QPV, « * » pour une dimension non utilisée) ; un quota que le vivier ne peut pas remplir donne 422 "
            + "avec la case en cause.")
    ResponseEntity<DrawJson> run(@AuthenticationPrincipal AccountPrincipal me, @PathVariable Long workspaceId,
            @Valid @RequestBody DrawRequest request) {
        gate.require(workspaceId, me, ParticipationAction.DRAW);
        Draw draw = draws.draw(workspaceId, request.poolId(),
                request.cells().stream().map(ParticipationApiModels.CellJson::cell).toList(),
                request.substitutesPerSeat() == null ? 1 : request.substitutesPerSeat(), request.seedPhrase(), me.getDisplayName());
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/draws/" + draw.getId()))
                .body(DrawJson.of(draws.draw(workspaceId, draw.getId()), draws.entries(draw.getId())));
    }
}
