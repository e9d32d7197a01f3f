package fr.maillage.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The objectives of the workspaces' strategies.
 */
interface Objectives extends JpaRepository<Objective, Long> {

    List<Objective> findByWorkspaceIdOrderByPositionAscIdAsc(Long workspaceId);

    Optional<Objective> findByIdAndWorkspaceId(Long id, Long workspaceId);

    List<Objective> findByWorkspaceIdAndIdIn(Long workspaceId, Collection<Long> ids);

    List<Objective> findByWorkspaceIdAndAxisId(Long workspaceId, Long axisId);

    boolean existsByAxisId(Long axisId);

    boolean existsByParentId(Long parentId);
}
