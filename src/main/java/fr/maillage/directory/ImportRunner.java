package fr.maillage.directory;

import fr.maillage.directory.ImportPlan.Action;
import fr.maillage.directory.ImportPlan.PlannedRow;
import fr.maillage.shared.TableReader;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs confirmed imports in the background, one at a time. All the rows of an import are written
 * in a single transaction, together with the job's report, so that an import that fails half-way
 * leaves nothing; the progress bar is moved by short transactions of its own, which the page polls.
 * The uploaded file is deleted at the end, whatever happens.
 *
 * <p>The search indexes are left aside during that transaction (Hibernate Search would otherwise
 * keep every row's documents in memory until the commit, about 4 KB a row) and brought up to date
 * after it, in batches, while the job shows "mise à jour de la recherche". A job the server's stop
 * interrupted is settled at the next start: failed if its rows were not committed, re-indexed if
 * they were.
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    private static final int PROGRESS_EVERY = 25;
    private static final int CLEAR_EVERY = 500;
    private static final int INDEX_BATCH = 500;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "directory-import");
        thread.setDaemon(true);
        return thread;
    });
    private final ImportJobs jobs;
    private final OrganisationImport organisationImport;
    private final ContactImport contactImport;
    private final DirectoryManagement directory;
    private final TransactionTemplate importTransaction;
    private final TransactionTemplate sideTransaction;

    private final jakarta.persistence.EntityManager entityManager;
    private final OrganisationSearchContents searchContents;
    private final MessageSource messages;
    private final Organisations organisationRepository;
    private final Contacts contactRepository;
    /**
     * Jobs created before this instant belong to an earlier run of the server. With several nodes
     * (not supported yet, see the operations guide) another node may still be running them.
     */
    private final Instant startedAt = Instant.now();

    ImportRunner(ImportJobs jobs, OrganisationImport organisationImport, ContactImport contactImport,
            DirectoryManagement directory, PlatformTransactionManager transactions,
            jakarta.persistence.EntityManager entityManager, OrganisationSearchContents searchContents,
            MessageSource messages, Organisations organisationRepository, Contacts contactRepository) {
        this.entityManager = entityManager;
        this.organisationRepository = organisationRepository;
        this.contactRepository = contactRepository;
        this.searchContents = searchContents;
        this.messages = messages;
        this.jobs = jobs;
        this.organisationImport = organisationImport;
        this.contactImport = contactImport;
        this.directory = directory;
        this.importTransaction = new TransactionTemplate(transactions);
        this.sideTransaction = new TransactionTemplate(transactions);
        sideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Queues the job; the user's security context goes with it so that the audit trail names him. */
    void submit(Long jobId, Path file, Map<String, Integer> columns) {
        SecurityContext context = SecurityContextHolder.getContext();
        executor.submit(() -> {
            SecurityContextHolder.setContext(context);
            try {
                run(jobId, file, columns);
            } finally {
                SecurityContextHolder.clearContext();
                delete(file);
            }
        });
    }

    /** What an import wrote: the ids to index once it is committed. */
    private record Written(ImportKind kind, List<Long> ids) {
    }

    private void run(Long jobId, Path file, Map<String, Integer> columns) {
        sideTransaction.executeWithoutResult(s -> jobs.findById(jobId).orElseThrow().start());
        Written written;
        try {
            written = importTransaction.execute(s -> importAll(jobId, file, columns));
        } catch (RuntimeException e) {
            LOG.error("Import {} failed, rolled back", jobId, e);
            sideTransaction.executeWithoutResult(s -> jobs.findById(jobId).orElseThrow()
                    .fail(e.getClass().getSimpleName() + ": " + e.getMessage()));
            return;
        }
        try {
            index(written);
        } catch (RuntimeException e) {
            // The rows are saved; only their search documents are missing. The next start re-indexes.
            LOG.error("Import {} saved, but indexing its rows failed; they are re-indexed at the next start", jobId, e);
            return;
        }
        sideTransaction.executeWithoutResult(s -> jobs.findById(jobId).orElseThrow().indexed());
    }

    /** Indexes the committed rows, a batch at a time, each batch in its own short transaction. */
    private void index(Written written) {
        List<Long> ids = written.ids();
        for (int from = 0; from < ids.size(); from += INDEX_BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + INDEX_BATCH));
            sideTransaction.executeWithoutResult(s -> {
                var plan = Search.session(entityManager).indexingPlan();
                if (written.kind() == ImportKind.ORGANISATIONS) {
                    List<Organisation> organisations = organisationRepository.findWithCollectionsByIdIn(batch);
                    organisations.forEach(plan::addOrUpdate);
                    searchContents.changed(organisations);
                } else {
                    contactRepository.findAllById(batch).forEach(plan::addOrUpdate);
                }
            });
        }
    }

    /**
     * Settles the jobs a stop of the server interrupted: one still queued or running was rolled back
     * (nothing of it was written); one that was indexing has its rows, whose kind is re-indexed whole.
     */
    @EventListener(ApplicationReadyEvent.class)
    void settleInterrupted() {
        List<ImportJob> interrupted = sideTransaction.execute(s -> jobs.findByStatusIn(
                List.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING, ImportJob.Status.INDEXING)).stream()
                .filter(job -> job.getCreatedAt().isBefore(startedAt)).toList());
        if (interrupted == null || interrupted.isEmpty()) {
            return;
        }
        executor.submit(() -> {
            for (ImportJob job : interrupted) {
                try {
                    if (job.getStatus() == ImportJob.Status.INDEXING) {
                        LOG.warn("Import {} was interrupted while indexing: re-indexing every {}", job.getId(),
                                job.getKind());
                        Class<?> type = job.getKind() == ImportKind.ORGANISATIONS ? Organisation.class : Contact.class;
                        Search.mapping(entityManager.getEntityManagerFactory()).scope(type)
                                .massIndexer().threadsToLoadObjects(1).startAndWait();
                        if (job.getKind() == ImportKind.ORGANISATIONS) {
                            reannounceOrganisations();
                        }
                        sideTransaction.executeWithoutResult(s -> jobs.findById(job.getId()).orElseThrow().indexed());
                    } else {
                        LOG.warn("Import {} was interrupted before its commit: marked failed", job.getId());
                        String reason = messages.getMessage("directory.import.job.interrupted", null, Locale.FRANCE);
                        sideTransaction.executeWithoutResult(s -> jobs.findById(job.getId()).orElseThrow()
                                .fail(reason));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    LOG.error("Could not settle the interrupted import {}", job.getId(), e);
                }
            }
        });
    }

    /** Sends every organisation to the global search again, a batch at a time. */
    private void reannounceOrganisations() {
        long after = 0;
        while (true) {
            long from = after;
            List<Long> ids = sideTransaction.execute(s -> entityManager.createQuery(
                    "select o.id from Organisation o where o.id > :after order by o.id", Long.class)
                    .setParameter("after", from).setMaxResults(INDEX_BATCH).getResultList());
            if (ids == null || ids.isEmpty()) {
                return;
            }
            index(new Written(ImportKind.ORGANISATIONS, ids));
            after = ids.get(ids.size() - 1);
        }
    }

    private Written importAll(Long jobId, Path file, Map<String, Integer> columns) {
        // The index is brought up to date after the commit (see the class comment).
        Search.session(entityManager).indexingPlanFilter(filter -> filter.exclude(Object.class));
        // No flush before each query: each one would dirty-check every entity held since the last
        // clear (up to 500 rows and what they drew in), ten queries a row. The plan already settled
        // what the rows of the file have in common (same SIRET, RNA or name: one is kept); the
        // rows are flushed every CLEAR_EVERY rows and at the commit.
        entityManager.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        ImportJob job = jobs.findById(jobId).orElseThrow();
        TableReader.Table table = TableReader.read(file);
        List<PlannedRow> rows = job.getKind() == ImportKind.ORGANISATIONS
                ? organisationImport.plan(table, columns)
                : contactImport.plan(table, columns, job.getWorkspaceId());
        ImportKind kind = job.getKind();
        Long workspaceId = job.getWorkspaceId();
        int done = 0;
        List<Long> written = new ArrayList<>();
        for (PlannedRow row : rows) {
            Long id = kind == ImportKind.ORGANISATIONS ? organisationImport.apply(row, directory)
                    : contactImport.apply(row, workspaceId, directory);
            if (id != null) {
                written.add(id);
            }
            done++;
            if (done % PROGRESS_EVERY == 0) {
                int processed = done;
                sideTransaction.executeWithoutResult(s -> jobs.progress(jobId, processed));
            }
            if (done % CLEAR_EVERY == 0) {
                // One transaction for the whole file (all or nothing), but a bounded memory: rows
                // written so far go to the database and the entities are let go.
                entityManager.flush();
                entityManager.clear();
            }
        }
        ImportPlan plan = new ImportPlan(job.getKind(), rows);
        List<ImportProblem> notTaken = rows.stream().filter(r -> r.reason() != null)
                .map(r -> new ImportProblem(r.line(), r.reason())).toList();
        jobs.findById(jobId).orElseThrow().finish((int) plan.count(Action.CREATE), (int) plan.count(Action.UPDATE),
                (int) plan.count(Action.DUPLICATE), (int) plan.count(Action.ERROR), notTaken);
        return new Written(kind, written.stream().distinct().toList());
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(DirectoryImport.nameFile(file));
        } catch (IOException e) {
            LOG.warn("Could not delete the uploaded file {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
