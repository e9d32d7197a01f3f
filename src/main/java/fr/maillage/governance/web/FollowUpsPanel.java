package fr.maillage.governance.web;

import fr.maillage.governance.FollowUp;
import fr.maillage.governance.FollowUpStatus;
import fr.maillage.governance.HoldMeeting;
import fr.maillage.shared.HomePanel;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * "Mes suites à donner" on a logged-in user's home page: his open follow-ups of every workspace,
 * soonest due first, each updatable in place. Three bounded queries whatever the data size.
 */
@Component
class FollowUpsPanel implements HomePanel {

    static final int SHOWN = 8;

    private final HoldMeeting hold;
    private final WorkspaceManagement workspaces;
    private final GovernanceViews views;

    FollowUpsPanel(HoldMeeting hold, WorkspaceManagement workspaces, GovernanceViews views) {
        this.hold = hold;
        this.workspaces = workspaces;
        this.views = views;
    }

    /** One follow-up and the name of its workspace. */
    record Item(FollowUp followUp, String workspaceName) {
    }

    /** What the panel shows. */
    record Panel(List<Item> items, long total, Map<String, String> statuses) {
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "governance/home-panel";
    }

    @Override
    public String selector() {
        return "followups";
    }

    @Override
    public Object data(Long userId) {
        if (userId == null) {
            return null;
        }
        List<FollowUp> open = hold.openFollowUpsOf(userId, SHOWN);
        if (open.isEmpty()) {
            return null;
        }
        long total = open.size() < SHOWN ? open.size() : hold.countOpenFollowUpsOf(userId);
        Map<Long, String> names = workspaces.workspacesOf(userId).stream()
                .collect(Collectors.toMap(Workspace::getId, Workspace::getName));
        return new Panel(open.stream().map(f -> new Item(f, names.getOrDefault(f.getWorkspaceId(), ""))).toList(),
                total, views.labels(FollowUpStatus.class, "governance.followUpStatus."));
    }
}
