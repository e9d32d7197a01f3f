package fr.maillage.evaluation.web.api;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.evaluation.Breakdown;
import fr.maillage.evaluation.Campaign;
import fr.maillage.evaluation.CampaignManagement;
import fr.maillage.evaluation.Disaggregation;
import fr.maillage.evaluation.EvaluationAction;
import fr.maillage.evaluation.EvaluationManagement;
import fr.maillage.evaluation.EvaluationPermissions;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorLevel;
import fr.maillage.evaluation.Measurement;
import fr.maillage.evaluation.ProgrammeView;
import fr.maillage.evaluation.web.api.EvaluationApiModels.CampaignDetailJson;
import fr.maillage.evaluation.web.api.EvaluationApiModels.CampaignJson;
import fr.maillage.evaluation.web.api.EvaluationApiModels.IndicatorJson;
import fr.maillage.evaluation.web.api.EvaluationApiModels.IndicatorRequest;
import fr.maillage.evaluation.web.api.EvaluationApiModels.MeasurementJson;
import fr.maillage.evaluation.web.api.EvaluationApiModels.MeasurementRequest;
import fr.maillage.evaluation.web.api.EvaluationApiModels.PageJson;
import fr.maillage.evaluation.web.api.EvaluationApiModels.RequestJson;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The evaluation as JSON, with the same rights as the pages: indicators, official values, campaigns.
 * A workspace the caller is not a member of is "not found".
 */
@RestController
@Tag(name = "Évaluation", description = "Indicateurs, valeurs et campagnes de saisie d'un espace")
class EvaluationApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final WorkspaceAccess access;
    private final EvaluationManagement evaluation;
    private final CampaignManagement campaigns;
    private final ProgrammeView programme;

    EvaluationApiController(WorkspaceAccess access, EvaluationManagement evaluation, CampaignManagement campaigns,
            ProgrammeView programme) {
        this.access = access;
        this.evaluation = evaluation;
        this.campaigns = campaigns;
        this.programme = programme;
    }

    @GetMapping("/api/v1/workspaces/{id}/indicators")
    @Operation(summary = "Lister les indicateurs d'un espace")
    PageJson<IndicatorJson> indicators(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        require(id, me, EvaluationAction.VIEW, false);
        Page<Indicator> result = evaluation.indicators(id, pageable(page, size));
        return PageJson.of(result, result.getContent().stream().map(IndicatorJson::of).toList());
    }

    @GetMapping("/api/v1/workspaces/{id}/indicators/{indicatorId}")
    @Operation(summary = "Lire un indicateur")
    IndicatorJson indicator(@PathVariable Long id, @PathVariable Long indicatorId,
            @AuthenticationPrincipal AccountPrincipal me) {
        require(id, me, EvaluationAction.VIEW, false);
        return IndicatorJson.of(evaluation.indicator(id, indicatorId));
    }

    @PostMapping("/api/v1/workspaces/{id}/indicators")
    @Operation(summary = "Créer un indicateur")
    ResponseEntity<IndicatorJson> create(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @RequestBody IndicatorRequest request) {
        require(id, me, EvaluationAction.MANAGE_INDICATORS, false);
        Indicator created = evaluation.createIndicator(id, request.details(null));
        return ResponseEntity.created(URI.create("/api/v1/workspaces/" + id + "/indicators/" + created.getId()))
                .body(IndicatorJson.of(evaluation.indicator(id, created.getId())));
    }

    @PutMapping("/api/v1/workspaces/{id}/indicators/{indicatorId}")
    @Operation(summary = "Modifier un indicateur", description = "La version lue doit être renvoyée (409 sinon).")
    IndicatorJson update(@PathVariable Long id, @PathVariable Long indicatorId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody IndicatorRequest request) {
        require(id, me, EvaluationAction.MANAGE_INDICATORS, false);
        Indicator current = evaluation.indicator(id, indicatorId);
        evaluation.updateIndicator(id, indicatorId, request.version() == null ? -1 : request.version(),
                request.details(current.getCode()));
        return IndicatorJson.of(evaluation.indicator(id, indicatorId));
    }

    @DeleteMapping("/api/v1/workspaces/{id}/indicators/{indicatorId}")
    @Operation(summary = "Supprimer un indicateur sans valeur")
    ResponseEntity<Void> delete(@PathVariable Long id, @PathVariable Long indicatorId,
            @AuthenticationPrincipal AccountPrincipal me) {
        require(id, me, EvaluationAction.MANAGE_INDICATORS, false);
        evaluation.deleteIndicator(id, indicatorId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/workspaces/{id}/measurements")
    @Operation(summary = "Lister les valeurs officielles d'un indicateur")
    PageJson<MeasurementJson> measurements(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Long indicator, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        require(id, me, EvaluationAction.VIEW, false);
        Page<Measurement> result = evaluation.values(id, indicator, pageable(page, size));
        return PageJson.of(result, result.getContent().stream().map(MeasurementJson::of).toList());
    }

    @PostMapping("/api/v1/workspaces/{id}/measurements")
    @Operation(summary = "Enregistrer les valeurs d'une période",
            description = "Une valeur hors des bornes plausibles est refusée (422) sauf si confirmed vaut true.")
    List<MeasurementJson> record(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @RequestBody MeasurementRequest request) {
        Indicator indicator = evaluation.indicator(id, request.indicatorId());
        require(id, me, EvaluationAction.ENTER_MEASUREMENT, assigned(id, me, indicator));
        Map<Breakdown, BigDecimal> values = new LinkedHashMap<>();
        for (var v : request.values()) {
            Breakdown part = Breakdown.WHOLE;
            if (v.dimension() != null && !v.dimension().isBlank() && !Breakdown.TOTAL.equalsIgnoreCase(v.dimension())) {
                try {
                    part = Breakdown.of(Disaggregation.valueOf(v.dimension().toUpperCase(java.util.Locale.ROOT)),
                            v.category() == null ? "" : v.category());
                } catch (IllegalArgumentException e) {
                    throw new BusinessRuleException("evaluation.measurement.dimension.unknown", v.dimension());
                }
            }
            values.put(part, v.value());
        }
        return evaluation.record(id, indicator.getId(), request.period(), values, request.comment(), request.source(),
                Boolean.TRUE.equals(request.confirmed())).stream().map(MeasurementJson::of).toList();
    }

    @GetMapping("/api/v1/workspaces/{id}/campaigns")
    @Operation(summary = "Lister les campagnes de saisie et leurs réponses")
    PageJson<CampaignJson> campaigns(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        require(id, me, EvaluationAction.VIEW, false);
        Page<Campaign> result = campaigns.campaigns(id, pageable(page, size));
        var progress = campaigns.progress(result.map(Campaign::getId).getContent());
        return PageJson.of(result, result.getContent().stream()
                .map(c -> CampaignJson.of(c, progress.get(c.getId()))).toList());
    }

    @GetMapping("/api/v1/workspaces/{id}/campaigns/{campaignId}")
    @Operation(summary = "Lire une campagne et l'état de chaque demande")
    CampaignDetailJson campaign(@PathVariable Long id, @PathVariable Long campaignId,
            @AuthenticationPrincipal AccountPrincipal me) {
        require(id, me, EvaluationAction.VIEW, false);
        Campaign campaign = campaigns.campaign(id, campaignId);
        return new CampaignDetailJson(CampaignJson.of(campaign, campaigns.progress(List.of(campaignId)).get(campaignId)),
                campaigns.requests(id, campaignId).stream().map(RequestJson::of).toList());
    }

    private void require(Long id, AccountPrincipal me, EvaluationAction action, boolean own) {
        access.require(id, me, WorkspaceAction.VIEW);
        WorkspaceRole role = me == null ? null : access.roleOf(id, me.id()).orElse(null);
        if (!EvaluationPermissions.allows(me != null, me != null && me.isAdmin(), role, action, own)) {
            throw new AccessDeniedException("evaluation " + id + " " + action);
        }
    }

    private boolean assigned(Long id, AccountPrincipal me, Indicator indicator) {
        return me != null && indicator.getLevel() == IndicatorLevel.ACTION && programme.action(id, indicator.getActionId())
                .map(a -> me.id().equals(a.referentUserId())).orElse(false);
    }

    private static PageRequest pageable(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    }
}
