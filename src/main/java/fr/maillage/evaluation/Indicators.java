package fr.maillage.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The indicators of every workspace; every finder names the workspace.
 */
public interface Indicators extends JpaRepository<Indicator, Long> {

    Optional<Indicator> findByIdAndWorkspaceId(Long id, Long workspaceId);

    Page<Indicator> findByWorkspaceIdOrderByLevelAscNameAsc(Long workspaceId, Pageable pageable);

    List<Indicator> findByWorkspaceIdAndLevelOrderByNameAsc(Long workspaceId, IndicatorLevel level);

    List<Indicator> findByWorkspaceIdAndObjectiveIdOrderByNameAsc(Long workspaceId, Long objectiveId);

    List<Indicator> findByWorkspaceIdAndActionIdInOrderByNameAsc(Long workspaceId, Collection<Long> actionIds);

    List<Indicator> findByWorkspaceIdOrderByNameAsc(Long workspaceId);

    List<Indicator> findByWorkspaceIdAndNameContainingIgnoreCaseOrderByNameAsc(Long workspaceId, String name,
            Pageable pageable);

    boolean existsByWorkspaceIdAndCode(Long workspaceId, String code);

    long countByWorkspaceId(Long workspaceId);
}
