package fr.maillage.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The documents of every workspace's library.
 */
public interface LibraryResources extends JpaRepository<LibraryResource, Long> {

    @EntityGraph(attributePaths = {"themeCodes"})
    Optional<LibraryResource> findWithThemesById(Long id);

    Page<LibraryResource> findByWorkspaceId(Long workspaceId, Pageable pageable);

    @Query("select r.id from LibraryResource r where r.extraction = fr.maillage.knowledge.LibraryResource.Extraction.PENDING order by r.id")
    List<Long> findPendingIds(Pageable pageable);
}
