package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.Body;
import fr.maillage.governance.DecisionRecord;
import fr.maillage.governance.DecisionStatus;
import fr.maillage.governance.FollowUp;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.HoldMeeting;
import fr.maillage.governance.Meeting;
import fr.maillage.governance.web.GovernanceApiModels.BodyJson;
import fr.maillage.governance.web.GovernanceApiModels.DecisionJson;
import fr.maillage.governance.web.GovernanceApiModels.FollowUpJson;
import fr.maillage.governance.web.GovernanceApiModels.FollowUpUpdate;
import fr.maillage.governance.web.GovernanceApiModels.MeetingJson;
import fr.maillage.governance.web.GovernanceApiModels.PageJson;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The governance of a workspace as JSON, with the same rights as the pages: bodies, meetings,
 * decisions and follow-ups are read by its members; a follow-up's owner (or a pilote) updates it.
 */
@RestController
@Tag(name = "Instances", description = "Instances, séances, décisions et suites à donner d'un espace")
class GovernanceApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final GovernanceGate gate;
    private final GovernanceManagement governance;
    private final HoldMeeting hold;

    GovernanceApiController(GovernanceGate gate, GovernanceManagement governance, HoldMeeting hold) {
        this.gate = gate;
        this.governance = governance;
        this.hold = hold;
    }

    @GetMapping("/api/v1/workspaces/{id}/bodies")
    @Operation(summary = "Lister les instances de l'espace")
    PageJson<BodyJson> bodies(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        gate.require(id, me, GovernanceAction.VIEW);
        Page<Body> result = governance.bodies(id, pageable(page, size));
        return PageJson.of(result, result.getContent().stream().map(b -> BodyJson.of(b, null)).toList());
    }

    @GetMapping("/api/v1/workspaces/{id}/bodies/{bodyId}")
    @Operation(summary = "Une instance et ses membres")
    BodyJson body(@PathVariable Long id, @PathVariable Long bodyId, @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, GovernanceAction.VIEW);
        return BodyJson.of(governance.body(id, bodyId), governance.members(bodyId));
    }

    @GetMapping("/api/v1/workspaces/{id}/meetings")
    @Operation(summary = "Lister les séances, les plus récentes d'abord", description = "Filtre facultatif par instance.")
    PageJson<MeetingJson> meetings(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long bodyId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        gate.require(id, me, GovernanceAction.VIEW);
        Page<Meeting> result = bodyId == null ? governance.meetings(id, pageable(page, size))
                : governance.meetingsOf(governance.body(id, bodyId).getId(), pageable(page, size));
        return PageJson.of(result, result.getContent().stream().map(m -> MeetingJson.of(m, null)).toList());
    }

    @GetMapping("/api/v1/workspaces/{id}/meetings/{meetingId}")
    @Operation(summary = "Une séance et son ordre du jour")
    MeetingJson meeting(@PathVariable Long id, @PathVariable Long meetingId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, GovernanceAction.VIEW);
        return MeetingJson.of(governance.meeting(id, meetingId), governance.agenda(meetingId));
    }

    @GetMapping("/api/v1/workspaces/{id}/decisions")
    @Operation(summary = "Le registre des décisions", description = "Filtres facultatifs : instance, année, issue.")
    PageJson<DecisionJson> decisions(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long bodyId, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) DecisionStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        gate.require(id, me, GovernanceAction.VIEW);
        Page<DecisionRecord> result = hold.register(id, bodyId, year, status, pageable(page, size));
        return PageJson.of(result, result.getContent().stream().map(DecisionJson::of).toList());
    }

    @GetMapping("/api/v1/workspaces/{id}/follow-ups")
    @Operation(summary = "Les suites à donner", description = "mine=true : celles dont l'appelant est responsable ; "
            + "open=false : aussi celles faites ou abandonnées.")
    PageJson<FollowUpJson> followUps(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(required = false) Long bodyId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        gate.require(id, me, GovernanceAction.VIEW);
        Page<FollowUp> result = hold.followUps(id, mine ? me.id() : null, bodyId, open, pageable(page, size));
        return PageJson.of(result, result.getContent().stream().map(FollowUpJson::of).toList());
    }

    @PutMapping("/api/v1/workspaces/{id}/follow-ups/{followUpId}/status")
    @Operation(summary = "Mettre à jour l'état d'une suite à donner", description = "Par son responsable ou un pilote.")
    FollowUpJson updateFollowUp(@PathVariable Long id, @PathVariable Long followUpId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody FollowUpUpdate update) {
        gate.require(id, me, GovernanceAction.VIEW);
        FollowUp followUp = hold.followUp(id, followUpId);
        gate.require(id, me, GovernanceAction.UPDATE_FOLLOW_UP, followUp.getOwnerUserId().equals(me.id()));
        return FollowUpJson.of(hold.updateFollowUp(id, followUpId, update.version(), update.status(), update.note()));
    }

    private static Pageable pageable(int page, int size) {
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
    }
}
