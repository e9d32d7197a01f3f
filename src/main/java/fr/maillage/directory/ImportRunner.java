package fr.maillage.directory;

import fr.maillage.directory.ImportPlan.Action;
import fr.maillage.directory.ImportPlan.PlannedRow;
import fr.maillage.shared.TableReader;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 */
@Component
class ImportRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);
    private static final int PROGRESS_EVERY = 25;
    private static final int CLEAR_EVERY = 500;

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

    ImportRunner(ImportJobs jobs, OrganisationImport organisationImport, ContactImport contactImport,
            DirectoryManagement directory, PlatformTransactionManager transactions,
            jakarta.persistence.EntityManager entityManager) {
        this.entityManager = entityManager;
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

    private void run(Long jobId, Path file, Map<String, Integer> columns) {
        sideTransaction.executeWithoutResult(s -> jobs.findById(jobId).orElseThrow().start());
        try {
            importTransaction.executeWithoutResult(s -> importAll(jobId, file, columns));
        } catch (RuntimeException e) {
            LOG.error("Import {} failed, rolled back", jobId, e);
            sideTransaction.executeWithoutResult(s -> jobs.findById(jobId).orElseThrow()
                    .fail(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private void importAll(Long jobId, Path file, Map<String, Integer> columns) {
        ImportJob job = jobs.findById(jobId).orElseThrow();
        TableReader.Table table = TableReader.read(file);
        List<PlannedRow> rows = job.getKind() == ImportKind.ORGANISATIONS
                ? organisationImport.plan(table, columns)
                : contactImport.plan(table, columns, job.getWorkspaceId());
        ImportKind kind = job.getKind();
        Long workspaceId = job.getWorkspaceId();
        int done = 0;
        for (PlannedRow row : rows) {
            if (kind == ImportKind.ORGANISATIONS) {
                organisationImport.apply(row, directory);
            } else {
                contactImport.apply(row, workspaceId, directory);
            }
            done++;
            if (done % PROGRESS_EVERY == 0) {
                int processed = done;
                sideTransaction.executeWithoutResult(s -> jobs.progress(jobId, processed));
            }
            if (done % CLEAR_EVERY == 0) {
                // One transaction for the whole file (all or nothing), but a bounded memory: rows
                // written so far go to the database, their index documents are built (and kept until
                // the commit writes them), and the entities are let go.
                entityManager.flush();
                org.hibernate.search.mapper.orm.Search.session(entityManager).indexingPlan().process();
                entityManager.clear();
            }
        }
        ImportPlan plan = new ImportPlan(job.getKind(), rows);
        List<ImportProblem> notTaken = rows.stream().filter(r -> r.reason() != null)
                .map(r -> new ImportProblem(r.line(), r.reason())).toList();
        jobs.findById(jobId).orElseThrow().finish((int) plan.count(Action.CREATE), (int) plan.count(Action.UPDATE),
                (int) plan.count(Action.DUPLICATE), (int) plan.count(Action.ERROR), notTaken);
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
