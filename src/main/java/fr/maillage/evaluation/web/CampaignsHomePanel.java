package fr.maillage.evaluation.web;

import fr.maillage.evaluation.CampaignManagement;
import fr.maillage.shared.HomePanel;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * On a pilote's home page: the campaigns of his workspaces whose answers wait for his validation.
 */
@Component
class CampaignsHomePanel implements HomePanel {

    private final WorkspaceManagement workspaces;
    private final WorkspaceAccess access;
    private final CampaignManagement campaigns;

    CampaignsHomePanel(WorkspaceManagement workspaces, WorkspaceAccess access, CampaignManagement campaigns) {
        this.workspaces = workspaces;
        this.access = access;
        this.campaigns = campaigns;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String template() {
        return "evaluation/home-panel";
    }

    @Override
    public String selector() {
        return "campaigns";
    }

    @Override
    public Object data(Long userId) {
        List<Long> piloted = workspaces.workspacesOf(userId).stream()
                .filter(w -> access.roleOf(w.getId(), userId).orElse(null) == WorkspaceRole.PILOTE)
                .map(w -> w.getId()).toList();
        List<CampaignManagement.Waiting> waiting = campaigns.waitingForValidation(piloted);
        return waiting.isEmpty() ? null : waiting;
    }
}
