package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.knowledge.NewsWatch;
import fr.maillage.workspace.WorkspaceManagement;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Sharing a watch item with one colleague of the workspace, by e-mail.
 */
@Component
class WatchSharing {

    private final WorkspaceManagement workspaces;
    private final NewsWatch watch;

    WatchSharing(WorkspaceManagement workspaces, NewsWatch watch) {
        this.workspaces = workspaces;
        this.watch = watch;
    }

    /** A member of the workspace one may send an item to. */
    record Colleague(Long id, String name) {
    }

    List<Colleague> colleagues(Long workspaceId, AccountPrincipal me) {
        return workspaces.members(workspaceId).stream().filter(m -> !m.user().getId().equals(me.id()))
                .map(m -> new Colleague(m.user().getId(), m.user().getDisplayName())).toList();
    }

    /** Sends the item to a member of the workspace; returns his name. */
    String send(Long workspaceId, Long itemId, AccountPrincipal me, Long colleagueId, String note) {
        var member = workspaces.members(workspaceId).stream().filter(m -> m.user().getId().equals(colleagueId))
                .findFirst().orElseThrow(() -> new fr.maillage.shared.NotFoundException("member " + colleagueId));
        watch.sendTo(workspaceId, itemId, me.getDisplayName(), member.user().getEmail(), note);
        return member.user().getDisplayName();
    }
}
