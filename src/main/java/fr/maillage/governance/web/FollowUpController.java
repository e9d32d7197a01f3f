package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.FollowUp;
import fr.maillage.governance.FollowUpStatus;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.HoldMeeting;
import fr.maillage.workspace.Workspace;
import fr.maillage.shared.Flash;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The follow-ups of a workspace: "mine" by default, or all of them, open or not, by body; their
 * owner (or a pilote) updates where they stand.
 */
@Controller
class FollowUpController {

    private static final int PAGE_SIZE = 25;

    private final GovernanceGate gate;
    private final GovernanceManagement governance;
    private final HoldMeeting hold;
    private final GovernanceViews views;
    private final Flash flash;

    FollowUpController(GovernanceGate gate, GovernanceManagement governance, HoldMeeting hold,
            GovernanceViews views, Flash flash) {
        this.gate = gate;
        this.governance = governance;
        this.hold = hold;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/suites")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "miennes") String vue, @RequestParam(required = false) Long instance,
            @RequestParam(defaultValue = "ouvertes") String etat, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.VIEW);
        boolean mine = !"toutes".equals(vue);
        boolean open = !"toutes".equals(etat);
        views.rights(model, workspace, me);
        model.addAttribute("followUps", hold.followUps(id, mine ? me.id() : null, instance, open,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        Map<Long, String> bodies = new LinkedHashMap<>();
        governance.allBodies(id).forEach(b -> bodies.put(b.getId(), b.getName()));
        model.addAttribute("bodies", bodies);
        model.addAttribute("vue", mine ? "miennes" : "toutes");
        model.addAttribute("etat", open ? "ouvertes" : "toutes");
        model.addAttribute("instance", instance);
        model.addAttribute("me", me.id());
        model.addAttribute("followUpStatuses", views.labels(FollowUpStatus.class, "governance.followUpStatus."));
        model.addAttribute("breadcrumb", views.crumbs(workspace, views.text("governance.followUps.title"), null));
        return "governance/follow-ups";
    }

    @PostMapping("/espaces/{id}/suites/{followUpId}")
    String update(@PathVariable Long id, @PathVariable Long followUpId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute FollowUpStatusForm form, BindingResult result,
            @RequestParam(defaultValue = "") String retour, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.VIEW);
        FollowUp followUp = hold.followUp(id, followUpId);
        gate.require(id, me, GovernanceAction.UPDATE_FOLLOW_UP, followUp.getOwnerUserId().equals(me.id()));
        if (result.hasErrors()) {
            flash.error(redirect, "governance.followUp.status.required");
        } else {
            hold.updateFollowUp(id, followUpId, form.version() == null ? -1 : form.version(), form.status(),
                    form.note());
            flash.success(redirect, "governance.followUp.updated", followUp.getTitle());
        }
        return "redirect:" + ("accueil".equals(retour) ? "/" : "/espaces/" + id + "/suites");
    }
}
