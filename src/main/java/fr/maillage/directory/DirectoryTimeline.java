package fr.maillage.directory;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The timeline of organisations, as one workspace sees it.
 */
public interface DirectoryTimeline extends JpaRepository<TimelineEvent, Long> {

    /** Moves a merged organisation's history to the organisation it was merged into. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update TimelineEvent e set e.organisationId = :keptId where e.organisationId = :removedId")
    int moveAll(Long removedId, Long keptId);

    @Query("select e from TimelineEvent e where e.organisationId = :organisationId "
            + "and (e.workspaceId is null or e.workspaceId = :workspaceId) order by e.occurredAt desc, e.id desc")
    List<TimelineEvent> seenFrom(Long organisationId, Long workspaceId, Pageable pageable);
}
