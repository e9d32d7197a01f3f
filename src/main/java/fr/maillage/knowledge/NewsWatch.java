package fr.maillage.knowledge;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news watch's use cases: the sources a workspace registers, the items the poller brings
 * (stored once per source, whatever the number of polls), and what the team does with them.
 */
@Service
@Transactional
public class NewsWatch {

    private static final int MAX_COMMENT = 5000;

    private final WatchSources sources;
    private final WatchItems items;
    private final WatchComments comments;
    private final KnowledgeSearchEvents searchEvents;
    private final WatchMail mail;

    NewsWatch(WatchSources sources, WatchItems items, WatchComments comments, KnowledgeSearchEvents searchEvents,
            WatchMail mail) {
        this.mail = mail;
        this.sources = sources;
        this.items = items;
        this.comments = comments;
        this.searchEvents = searchEvents;
    }

    public WatchSource addSource(Long workspaceId, String name, String url) {
        return sources.save(new WatchSource(workspaceId, name, checkedUrl(url)));
    }

    public void pause(Long workspaceId, Long sourceId, boolean paused) {
        WatchSource source = source(workspaceId, sourceId);
        if (paused) {
            source.pause();
        } else {
            source.resume();
        }
    }

    /** Deletes a source with its items and their comments. */
    public void deleteSource(Long workspaceId, Long sourceId) {
        WatchSource source = source(workspaceId, sourceId);
        List<WatchItem> gone = items.findBySourceId(sourceId);
        for (WatchItem item : gone) {
            comments.deleteAll(comments.findByItemIdOrderByCreatedAtAsc(item.getId()));
            searchEvents.watchItemRemoved(item.getId());
        }
        items.deleteAll(gone);
        sources.delete(source);
    }

    @Transactional(readOnly = true)
    public List<WatchSource> sources(Long workspaceId) {
        return sources.findByWorkspaceIdOrderByNameAsc(workspaceId);
    }

    @Transactional(readOnly = true)
    public WatchSource source(Long workspaceId, Long sourceId) {
        return sources.findById(sourceId).filter(s -> s.getWorkspaceId().equals(workspaceId))
                .orElseThrow(() -> new NotFoundException("watch source " + sourceId));
    }

    /**
     * Stores the entries the source does not have yet and marks the poll successful.
     *
     * @return how many items are new
     */
    public int record(Long sourceId, List<FeedEntry> entries, Instant polledAt) {
        WatchSource source = sources.findById(sourceId).orElse(null);
        if (source == null) {
            return 0;
        }
        Map<String, FeedEntry> byGuid = new LinkedHashMap<>();
        entries.forEach(e -> byGuid.putIfAbsent(e.guid(), e));
        Set<String> known = byGuid.isEmpty() ? Set.of() : new HashSet<>(items.findKnownGuids(sourceId, byGuid.keySet()));
        int added = 0;
        for (FeedEntry e : byGuid.values()) {
            if (!known.contains(e.guid())) {
                WatchItem item = items.save(new WatchItem(source, e.guid(), e.title(), e.link(), e.summary(),
                        e.publishedAt()));
                searchEvents.watchItemChanged(item);
                added++;
            }
        }
        source.succeeded(polledAt);
        return added;
    }

    /** Records why the source could not be read; its items stay. */
    public void recordFailure(Long sourceId, String error, Instant polledAt) {
        sources.findById(sourceId).ifPresent(s -> s.failed(polledAt, error));
    }

    @Transactional(readOnly = true)
    public WatchItem item(Long workspaceId, Long itemId) {
        return items.findWithTagsById(itemId).filter(i -> i.getWorkspaceId().equals(workspaceId))
                .orElseThrow(() -> new NotFoundException("watch item " + itemId));
    }

    public WatchItem star(Long workspaceId, Long itemId, boolean starred) {
        WatchItem item = item(workspaceId, itemId);
        item.star(starred);
        return item;
    }

    public WatchItem tag(Long workspaceId, Long itemId, Collection<String> tags) {
        WatchItem item = item(workspaceId, itemId);
        item.tag(tags);
        searchEvents.watchItemChanged(item);
        return item;
    }

    /** Marks the item as shared with the whole workspace (it then shows in the "shared" list). */
    public WatchItem share(Long workspaceId, Long itemId) {
        WatchItem item = item(workspaceId, itemId);
        item.share();
        return item;
    }

    /**
     * E-mails the item to a colleague, with a note from the sender, and marks it shared.
     */
    public void sendTo(Long workspaceId, Long itemId, String senderName, String email, String note) {
        WatchItem item = item(workspaceId, itemId);
        mail.itemShared(item, senderName, email, note);
        item.share();
    }

    public WatchComment comment(Long workspaceId, Long itemId, AccountPrincipal author, String body) {
        item(workspaceId, itemId);
        if (body == null || body.isBlank()) {
            throw new BusinessRuleException("knowledge.comment.empty");
        }
        String text = body.length() > MAX_COMMENT ? body.substring(0, MAX_COMMENT) : body;
        return comments.save(new WatchComment(itemId, author.id(), author.getDisplayName(), text));
    }

    @Transactional(readOnly = true)
    public List<WatchComment> comments(Long workspaceId, Long itemId) {
        item(workspaceId, itemId);
        return comments.findByItemIdOrderByCreatedAtAsc(itemId);
    }

    /** The items fetched since a moment, newest first, at most 50: what a digest lists. */
    @Transactional(readOnly = true)
    public List<WatchItem> fetchedSince(Long workspaceId, Instant since) {
        return items.findTop50ByWorkspaceIdAndFetchedAtAfterOrderByFetchedAtDesc(workspaceId, since);
    }

    private static String checkedUrl(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new BusinessRuleException("knowledge.source.badUrl");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("knowledge.source.badUrl");
        }
    }
}
