package fr.maillage.knowledge;

import fr.maillage.knowledge.internal.FeedFetcher;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Polls the watched feeds: every active source is read in parallel with its own time limits, so that
 * a broken or slow feed is reported on the sources page and never holds the others back. The
 * scheduled run holds a cluster-wide lock: two nodes never poll at the same time.
 */
@Service
public class WatchPolling {

    private static final Logger log = LoggerFactory.getLogger(WatchPolling.class);

    private final WatchSources sources;
    private final NewsWatch watch;
    private final KnowledgeProperties properties;
    private final FeedFetcher fetcher;

    WatchPolling(WatchSources sources, NewsWatch watch, KnowledgeProperties properties) {
        this.sources = sources;
        this.watch = watch;
        this.properties = properties;
        this.fetcher = new FeedFetcher(properties.watchTimeout(), properties.watchMaxFeedSize().toBytes());
    }

    /** What one poll did. */
    public record PollReport(int sources, int failed, int newItems) {
    }

    @Scheduled(fixedDelayString = "${maillage.knowledge.watch-interval:PT30M}", initialDelayString = "PT3M")
    @SchedulerLock(name = "knowledge-watch-poll", lockAtMostFor = "PT10M")
    void scheduledPoll() {
        if (properties.watchPolling()) {
            PollReport report = pollAll();
            log.info("News watch: {} sources polled, {} failed, {} new items", report.sources(), report.failed(),
                    report.newItems());
        }
    }

    /** Polls every source that is not paused, a few at a time, and waits for all of them. */
    public PollReport pollAll() {
        List<WatchSource> active = sources.findByPausedFalseOrderByIdAsc();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(properties.watchThreads(),
                active.size())), r -> {
                    Thread t = new Thread(r, "knowledge-watch");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (WatchSource source : active) {
                results.add(pool.submit(() -> poll(source.getId(), source.getUrl())));
            }
            int failed = 0;
            int added = 0;
            for (Future<Integer> result : results) {
                int n = result.get();
                if (n < 0) {
                    failed++;
                } else {
                    added += n;
                }
            }
            return new PollReport(active.size(), failed, added);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PollReport(active.size(), active.size(), 0);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Polls one source now (the "poll now" button).
     *
     * @return the number of new items, or -1 when the feed could not be read
     */
    public int pollNow(Long workspaceId, Long sourceId) {
        WatchSource source = watch.source(workspaceId, sourceId);
        return poll(source.getId(), source.getUrl());
    }

    private int poll(Long sourceId, String url) {
        Instant now = Instant.now();
        try {
            List<FeedEntry> entries = fetcher.fetch(url);
            return watch.record(sourceId, entries, now);
        } catch (FeedFetcher.FeedUnreadableException e) {
            watch.recordFailure(sourceId, e.getMessage(), now);
            return -1;
        } catch (RuntimeException e) {
            log.warn("News watch: source {} failed", sourceId, e);
            watch.recordFailure(sourceId, "Erreur inattendue : " + e.getClass().getSimpleName(), now);
            return -1;
        }
    }
}
