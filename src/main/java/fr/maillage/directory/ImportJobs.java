package fr.maillage.directory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The imports of the workspaces.
 */
public interface ImportJobs extends JpaRepository<ImportJob, Long> {

    @EntityGraph(attributePaths = "problems")
    Optional<ImportJob> findByIdAndWorkspaceId(Long id, Long workspaceId);

    /** Moves the progress bar without touching the rest of the job, from outside the import's transaction. */
    @Modifying
    @Query("update ImportJob j set j.processedRows = :processed where j.id = :id")
    void progress(Long id, int processed);

    List<ImportJob> findByStatusIn(java.util.Collection<ImportJob.Status> statuses);
}
