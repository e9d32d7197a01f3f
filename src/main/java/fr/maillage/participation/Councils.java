package fr.maillage.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The workspaces' participation bodies; every query names the workspace, except the public ones
 * which only return published councils.
 */
public interface Councils extends JpaRepository<Council, Long> {

    @EntityGraph(attributePaths = {"qpvCodes", "targets", "meetings"})
    Optional<Council> findByIdAndWorkspaceId(Long id, Long workspaceId);

    Page<Council> findByWorkspaceIdOrderByNameAsc(Long workspaceId, Pageable pageable);

    List<Council> findByWorkspaceIdOrderByNameAsc(Long workspaceId);

    @EntityGraph(attributePaths = {"qpvCodes"})
    Page<Council> findByPublishedTrueOrderByNameAsc(Pageable pageable);

    @EntityGraph(attributePaths = {"qpvCodes", "targets", "meetings"})
    Optional<Council> findByIdAndPublishedTrue(Long id);
}
