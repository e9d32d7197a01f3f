package fr.maillage.knowledge;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The news items read from the watched feeds.
 */
public interface WatchItems extends JpaRepository<WatchItem, Long> {

    @EntityGraph(attributePaths = {"tags"})
    Optional<WatchItem> findWithTagsById(Long id);

    @Query("select i.guid from WatchItem i where i.sourceId = ?1 and i.guid in ?2")
    List<String> findKnownGuids(Long sourceId, Collection<String> guids);

    Page<WatchItem> findByWorkspaceId(Long workspaceId, Pageable pageable);

    Page<WatchItem> findByWorkspaceIdAndStarredTrue(Long workspaceId, Pageable pageable);

    @EntityGraph(attributePaths = {"tags"})
    List<WatchItem> findWithTagsByIdIn(Collection<Long> ids);

    List<WatchItem> findTop50ByWorkspaceIdAndFetchedAtAfterOrderByFetchedAtDesc(Long workspaceId, Instant after);

    @Query("select distinct i.workspaceId from WatchItem i where i.fetchedAt > ?1")
    List<Long> findWorkspacesWithItemsAfter(Instant after);

    List<WatchItem> findBySourceId(Long sourceId);
}
