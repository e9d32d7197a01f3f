package fr.maillage.territory;

import fr.maillage.territory.internal.CogFile;
import fr.maillage.territory.internal.Communes;
import fr.maillage.territory.internal.Qpvs;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes the territorial reference ready at start: loads the COG into empty tables, the QPV
 * demonstration sample when no QPV exists, and builds the communes' search index when it does not
 * hold every commune (first start, index folder deleted, in-memory index of the tests). The index is
 * built in the background so that the application answers at once; until it is ready, searches fall
 * back on SQL. Runs before the other start-up runners so that their data can name territories.
 */
@Component
@Order(-10)
public class TerritoryLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TerritoryLoader.class);

    private final CogFile cog;
    private final Communes communes;
    private final Qpvs qpvs;
    private final QpvImport qpvImport;
    private final EntityManagerFactory entityManagerFactory;
    private final boolean loadSample;
    private final CompletableFuture<Void> indexed = new CompletableFuture<>();
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "territory-indexer");
        thread.setDaemon(true);
        return thread;
    });

    TerritoryLoader(CogFile cog, Communes communes, Qpvs qpvs, QpvImport qpvImport,
            EntityManagerFactory entityManagerFactory,
            @Value("${maillage.territory.qpv-sample:true}") boolean loadSample) {
        this.cog = cog;
        this.communes = communes;
        this.qpvs = qpvs;
        this.qpvImport = qpvImport;
        this.entityManagerFactory = entityManagerFactory;
        this.loadSample = loadSample;
    }

    @Override
    public void run(ApplicationArguments args) {
        loadCog();
        loadQpvSample();
        indexer.execute(this::ensureIndexed);
    }

    /** Whether commune searches use the full-text index (otherwise they use SQL). */
    public boolean isIndexed() {
        return indexed.isDone() && !indexed.isCompletedExceptionally();
    }

    /** Waits until the communes' index is built; for tests and jobs that need full-text results. */
    public void awaitIndexed() {
        awaitIndexed(Duration.ofMinutes(2));
    }

    public void awaitIndexed(Duration timeout) {
        try {
            indexed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the communes' index", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The communes' index is not ready", e);
        }
    }

    private void loadCog() {
        if (communes.count() > 0) {
            return;
        }
        long start = System.nanoTime();
        try {
            CogFile.Counts counts = cog.load();
            log.info("Territorial reference loaded from {}: {} régions, {} départements, {} EPCI, {} communes in {} ms",
                    cog.resource(), counts.regions(), counts.departements(), counts.epcis(), counts.communes(),
                    elapsedMillis(start));
        } catch (DataIntegrityViolationException e) {
            log.info("Territorial reference already being loaded by another node: {}", e.getMessage());
        }
    }

    private void loadQpvSample() {
        if (!loadSample || qpvs.count() > 0) {
            return;
        }
        try {
            QpvImportReport report = qpvImport.importSample();
            log.info("QPV demonstration sample loaded: {} QPV marked as sample", report.created());
        } catch (DataIntegrityViolationException e) {
            log.info("QPV demonstration sample already being loaded by another node: {}", e.getMessage());
        }
    }

    private void ensureIndexed() {
        try {
            long start = System.nanoTime();
            long rows = communes.count();
            long documents;
            try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
                documents = Search.session(entityManager).search(Commune.class).where(f -> f.matchAll())
                        .fetchTotalHitCount();
            }
            if (documents != rows) {
                Search.mapping(entityManagerFactory).scope(Commune.class).massIndexer()
                        .purgeAllOnStart(true).threadsToLoadObjects(2).batchSizeToLoadObjects(500)
                        .idFetchSize(1000).monitor(new QuietMonitor()).startAndWait();
                log.info("Communes' search index built: {} communes in {} ms", rows, elapsedMillis(start));
            } else {
                log.info("Communes' search index up to date: {} communes", rows);
            }
            indexed.complete(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            indexed.completeExceptionally(e);
        } catch (RuntimeException e) {
            log.error("The communes' search index could not be built; searches use SQL", e);
            indexed.completeExceptionally(e);
        }
    }

    private static long elapsedMillis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @PreDestroy
    void stop() {
        indexer.shutdownNow();
    }

    /** One line when the index is built is enough; the default monitor logs every 500 communes. */
    private static final class QuietMonitor implements MassIndexingMonitor {

        @Override
        public void documentsAdded(long increment) {
            // counted by the log line of ensureIndexed
        }

        @Override
        public void documentsBuilt(long increment) {
            // idem
        }

        @Override
        public void entitiesLoaded(long increment) {
            // idem
        }

        @Override
        public void indexingCompleted() {
            // idem
        }
    }
}
