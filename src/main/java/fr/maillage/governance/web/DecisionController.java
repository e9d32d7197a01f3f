package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.DecisionRegister;
import fr.maillage.governance.DecisionStatus;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.GovernanceSearch;
import fr.maillage.governance.HoldMeeting;
import fr.maillage.workspace.Workspace;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The decisions register (by body, year and status, exported as XLSX) and the full-text search of
 * minutes and decisions.
 */
@Controller
class DecisionController {

    private static final int PAGE_SIZE = 25;

    private final GovernanceGate gate;
    private final GovernanceManagement governance;
    private final HoldMeeting hold;
    private final GovernanceSearch search;
    private final DecisionRegister register;
    private final GovernanceViews views;

    DecisionController(GovernanceGate gate, GovernanceManagement governance, HoldMeeting hold,
            GovernanceSearch search, DecisionRegister register, GovernanceViews views) {
        this.gate = gate;
        this.governance = governance;
        this.hold = hold;
        this.search = search;
        this.register = register;
        this.views = views;
    }

    @GetMapping("/espaces/{id}/decisions")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long instance, @RequestParam(required = false) Integer annee,
            @RequestParam(required = false) DecisionStatus statut, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.VIEW);
        views.rights(model, workspace, me);
        model.addAttribute("decisions", hold.register(id, instance, annee, statut,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        Map<Long, String> bodies = new LinkedHashMap<>();
        governance.allBodies(id).forEach(b -> bodies.put(b.getId(), b.getName()));
        model.addAttribute("bodies", bodies);
        model.addAttribute("years", hold.decisionYears(id));
        model.addAttribute("instance", instance);
        model.addAttribute("annee", annee);
        model.addAttribute("statut", statut);
        model.addAttribute("decisionStatuses", views.labels(DecisionStatus.class, "governance.decisionStatus."));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("governance.register.title"), null));
        return "governance/decisions";
    }

    @GetMapping("/espaces/{id}/decisions.xlsx")
    ResponseEntity<StreamingResponseBody> export(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long instance, @RequestParam(required = false) Integer annee,
            @RequestParam(required = false) DecisionStatus statut) {
        gate.require(id, me, GovernanceAction.EXPORT);
        StreamingResponseBody body = out -> register.export(id, instance, annee, statut, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"registre-decisions.xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }

    @GetMapping("/espaces/{id}/instances/recherche")
    String search(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String q, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.VIEW);
        views.rights(model, workspace, me);
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            model.addAttribute("decisionHits", search.decisions(id, q, PageRequest.of(0, 20)));
            model.addAttribute("minutesHits", search.minutes(id, q, PageRequest.of(0, 20)));
        }
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("governance.search.title"), null));
        return "governance/search";
    }
}
