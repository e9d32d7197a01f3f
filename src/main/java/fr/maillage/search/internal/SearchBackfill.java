package fr.maillage.search.internal;

import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableSource;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the search up to date once the application is ready, in the background so that start-up
 * does not wait for it: rebuilds the Lucene index from the search table when the index lost
 * documents (a deleted index folder), then indexes the records a module holds but never published
 * (records older than the module's events).
 * <p>
 * The work is paged through each source in bounded batches, each in its own transaction, and only
 * adds the documents still missing: a run stopped halfway (the application shutting down) leaves
 * whole batches behind, and the next start carries on from what is there, without duplicates. One
 * node at a time runs it (a ShedLock lock); when nothing is missing it costs a few counts.
 */
@Component
class SearchBackfill implements DisposableBean {

    static final int BATCH = 500;
    static final String LOCK = "search-backfill";
    private static final Logger LOG = LoggerFactory.getLogger(SearchBackfill.class);

    private final List<SearchableSource> sources;
    private final SearchDocuments documents;
    private final EntityManager entityManager;
    private final TransactionTemplate transactions;
    private final LockingTaskExecutor locks;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "search-backfill");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;
    private volatile CompletableFuture<Void> startupRun = CompletableFuture.completedFuture(null);

    SearchBackfill(List<SearchableSource> sources, SearchDocuments documents, EntityManager entityManager,
            PlatformTransactionManager transactionManager, LockingTaskExecutor locks) {
        this.sources = sources;
        this.documents = documents;
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.locks = locks;
    }

    /** Starts the backfill in the background once the application takes requests. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        startupRun = CompletableFuture.runAsync(this::runLocked, executor).exceptionally(e -> {
            LOG.error("The search backfill failed; it will be tried again at the next start", e);
            return null;
        });
    }

    /**
     * Waits for the backfill started with the application (for tests and tools that need the search
     * complete); returns at once when it is over.
     */
    void awaitStartupRun(Duration timeout) {
        try {
            startupRun.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the search backfill", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the search backfill did not complete", e);
        }
    }

    /** Runs the whole backfill now, in the calling thread, unless another node holds the lock. */
    boolean runLocked() {
        LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, Duration.ofHours(1), Duration.ZERO);
        try {
            return locks.executeWithLock(this::run, lock).wasExecuted();
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    private Boolean run() {
        long started = System.nanoTime();
        rebuildIndexIfIncomplete();
        for (SearchableSource source : sources) {
            if (stopping) {
                LOG.info("Search backfill stopped; the next start resumes it");
                return Boolean.FALSE;
            }
            backfill(source);
        }
        LOG.info("Search backfill finished in {} ms", (System.nanoTime() - started) / 1_000_000);
        return Boolean.TRUE;
    }

    void rebuildIndexIfIncomplete() {
        long rows = documents.count();
        Long indexed = transactions.execute(status -> Search.session(entityManager).search(SearchDocument.class)
                .where(f -> f.matchAll()).fetchTotalHitCount());
        if (indexed != null && indexed < rows) {
            LOG.info("Search index holds {} of {} documents: rebuilding it", indexed, rows);
            try {
                Search.mapping(entityManager.getEntityManagerFactory()).scope(SearchDocument.class).massIndexer()
                        .batchSizeToLoadObjects(BATCH).threadsToLoadObjects(1).startAndWait();
                LOG.info("Search index rebuilt");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Indexes the source's records that have no search document, paging through the source by id;
     * returns how many. Stops between two batches when the application shuts down.
     */
    int backfill(SearchableSource source) {
        long total = source.count();
        long present = documents.countByType(source.type());
        if (total == present) {
            return 0;
        }
        LOG.info("Search backfill of {}: {} records, {} already indexed", source.type(), total, present);
        long after = 0;
        int added = 0;
        long read = 0;
        while (!stopping) {
            long from = after;
            Batch batch = transactions.execute(status -> indexMissing(source, from));
            if (batch == null || batch.size() == 0) {
                break;
            }
            added += batch.added();
            read += batch.size();
            after = batch.lastId();
            LOG.info("Search backfill of {}: {} of {} records read, {} indexed", source.type(), read, total, added);
        }
        LOG.info("Search backfill of {} done: {} records indexed", source.type(), added);
        return added;
    }

    private Batch indexMissing(SearchableSource source, long after) {
        List<SearchableContent> contents = source.after(after, BATCH);
        if (contents.isEmpty()) {
            return new Batch(0, 0, after);
        }
        Set<Long> known = new HashSet<>(documents.refIdsAmong(source.type(),
                contents.stream().map(SearchableContent::id).toList()));
        int added = 0;
        for (SearchableContent content : contents) {
            if (!known.contains(content.id())) {
                documents.save(new SearchDocument(content));
                added++;
            }
        }
        return new Batch(contents.size(), added, contents.get(contents.size() - 1).id());
    }

    /** Stops the background run between two batches when the application shuts down. */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    private record Batch(int size, int added, long lastId) {
    }
}
