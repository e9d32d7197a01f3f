package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.CurrentWorkspace;
import fr.maillage.workspace.Membership;
import fr.maillage.workspace.Memberships;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A link to an organisation that names no workspace (the global search's results): it opens the
 * organisation's page in the workspace the user is working in, or else in his first workspace.
 */
@Controller
class OrganisationLinkController {

    private final Memberships memberships;

    OrganisationLinkController(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/annuaire/organisations/{orgId}")
    String open(@PathVariable Long orgId, @AuthenticationPrincipal AccountPrincipal me, HttpSession session) {
        List<Long> mine = memberships.findByUserId(me.id()).stream().map(Membership::getWorkspaceId).sorted().toList();
        Long current = CurrentWorkspace.get(session);
        Long workspaceId = current != null && (mine.contains(current) || me.isAdmin()) ? current
                : mine.stream().findFirst().orElseThrow(() -> new NotFoundException("workspace"));
        return "redirect:/espaces/" + workspaceId + "/annuaire/organisations/" + orgId;
    }
}
