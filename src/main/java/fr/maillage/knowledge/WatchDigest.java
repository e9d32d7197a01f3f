package fr.maillage.knowledge;

import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly digest of the news watch: every member of a workspace whose sources brought new items
 * during the week receives their list by e-mail, on Monday morning, once for the whole cluster.
 */
@Service
public class WatchDigest {

    private static final Duration WEEK = Duration.ofDays(7);

    private final WatchItems items;
    private final WorkspaceManagement workspaces;
    private final WatchMail mail;

    WatchDigest(WatchItems items, WorkspaceManagement workspaces, WatchMail mail) {
        this.items = items;
        this.workspaces = workspaces;
        this.mail = mail;
    }

    @Scheduled(cron = "${maillage.knowledge.digest-cron:0 0 8 * * MON}", zone = "Europe/Paris")
    @SchedulerLock(name = "knowledge-watch-digest", lockAtMostFor = "PT30M")
    void weekly() {
        sendDigests(Instant.now().minus(WEEK));
    }

    /**
     * Sends the digest of the items fetched since a moment.
     *
     * @return how many e-mails were queued
     */
    @Transactional
    public int sendDigests(Instant since) {
        int sent = 0;
        for (Long workspaceId : items.findWorkspacesWithItemsAfter(since)) {
            List<WatchItem> fresh = items.findTop50ByWorkspaceIdAndFetchedAtAfterOrderByFetchedAtDesc(workspaceId,
                    since);
            Workspace workspace = workspaces.get(workspaceId);
            for (WorkspaceManagement.Member member : workspaces.members(workspaceId)) {
                if (member.user().isEnabled()) {
                    mail.digest(member.user().getEmail(), workspace.getName(), workspaceId, fresh);
                    sent++;
                }
            }
        }
        return sent;
    }
}
