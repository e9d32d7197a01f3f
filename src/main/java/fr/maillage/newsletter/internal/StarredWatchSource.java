package fr.maillage.newsletter.internal;

import fr.maillage.knowledge.WatchItem;
import fr.maillage.knowledge.WatchItems;
import fr.maillage.newsletter.NewsletterItem;
import fr.maillage.newsletter.NewsletterSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news watch items the team starred since the last issue, linked to the original article.
 */
@Component
@Transactional(readOnly = true)
class StarredWatchSource implements NewsletterSource {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int SUMMARY_LENGTH = 400;

    private final WatchItems items;

    StarredWatchSource(WatchItems items) {
        this.items = items;
    }

    @Override
    public String kind() {
        return "watch";
    }

    @Override
    public List<NewsletterItem> candidates(Long workspaceId, LocalDate since, int limit) {
        return items.findByWorkspaceIdAndStarredTrue(workspaceId,
                        PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "fetchedAt"))).stream()
                .filter(i -> since == null || !LocalDate.ofInstant(i.getFetchedAt(), PARIS).isBefore(since))
                .map(StarredWatchSource::item).toList();
    }

    private static NewsletterItem item(WatchItem item) {
        String summary = item.getSummary();
        if (summary != null) {
            summary = summary.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
            if (summary.length() > SUMMARY_LENGTH) {
                summary = summary.substring(0, SUMMARY_LENGTH) + " …";
            }
        }
        var date = item.getPublishedAt() != null ? item.getPublishedAt() : item.getFetchedAt();
        return new NewsletterItem("watch", item.getId(), item.getTitle(), summary, item.getLink(),
                LocalDate.ofInstant(date, PARIS));
    }
}
