package fr.maillage.directory;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An import the user confirmed, as it runs in the background: its progress, then its report. The
 * rows themselves are written in one transaction, so a failed import leaves nothing behind but
 * this record of the failure.
 */
@Entity
@Table(name = "directory_import_job")
public class ImportJob implements WorkspaceScoped {

    /** Where an import stands. */
    public enum Status {
        /** INDEXING: the rows are saved; the search indexes are being brought up to date. */
        QUEUED, RUNNING, INDEXING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long userId;

    @Enumerated(EnumType.STRING)
    private ImportKind kind;

    private String fileName;

    @Enumerated(EnumType.STRING)
    private Status status;

    private int totalRows;
    private int processedRows;
    private int createdCount;
    private int updatedCount;
    private int skippedCount;
    private int errorCount;
    private String failure;
    private Instant createdAt;
    private Instant finishedAt;

    @ElementCollection
    @CollectionTable(name = "directory_import_problem", joinColumns = @JoinColumn(name = "job_id"))
    @OrderBy("line")
    private List<ImportProblem> problems = new ArrayList<>();

    @Version
    private long version;

    protected ImportJob() {
    }

    ImportJob(Long workspaceId, Long userId, ImportKind kind, String fileName, int totalRows) {
        this.workspaceId = workspaceId;
        this.userId = userId;
        this.kind = kind;
        this.fileName = fileName;
        this.totalRows = totalRows;
        this.status = Status.QUEUED;
        this.createdAt = Instant.now();
    }

    void start() {
        if (status != Status.QUEUED) {
            throw new BusinessRuleException("directory.import.job.notQueued");
        }
        status = Status.RUNNING;
    }

    void progress(int processed) {
        this.processedRows = processed;
    }

    /**
     * The import's rows are written (this commits with them): its counts and the lines it did not
     * take (errors and duplicates), with why. The search indexes are brought up to date next.
     */
    void finish(int created, int updated, int skipped, int errors, List<ImportProblem> notTaken) {
        this.status = Status.INDEXING;
        this.processedRows = totalRows;
        this.createdCount = created;
        this.updatedCount = updated;
        this.skippedCount = skipped;
        this.errorCount = errors;
        this.problems.clear();
        this.problems.addAll(notTaken);
        this.finishedAt = Instant.now();
    }

    /** The imported rows are in the search indexes: the import is done. */
    void indexed() {
        if (status == Status.INDEXING) {
            status = Status.DONE;
            finishedAt = Instant.now();
        }
    }

    /** The import rolled back: nothing was written. */
    void fail(String reason) {
        this.status = Status.FAILED;
        this.createdCount = 0;
        this.updatedCount = 0;
        this.failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 1000));
        this.finishedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getUserId() {
        return userId;
    }

    public ImportKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public Status getStatus() {
        return status;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getProcessedRows() {
        return processedRows;
    }

    /** Percentage done, for the progress bar. */
    public int percent() {
        return totalRows == 0 ? (status.finished() ? 100 : 0) : processedRows * 100 / totalRows;
    }

    public int getCreatedCount() {
        return createdCount;
    }

    public int getUpdatedCount() {
        return updatedCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public String getFailure() {
        return failure;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<ImportProblem> getProblems() {
        return List.copyOf(problems);
    }

    public long getVersion() {
        return version;
    }
}
