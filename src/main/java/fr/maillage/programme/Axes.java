package fr.maillage.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The axes of the workspaces' strategies.
 */
interface Axes extends JpaRepository<Axis, Long> {

    List<Axis> findByWorkspaceIdOrderByPositionAscIdAsc(Long workspaceId);

    Optional<Axis> findByIdAndWorkspaceId(Long id, Long workspaceId);

    boolean existsByWorkspaceIdAndNationalTrue(Long workspaceId);
}
