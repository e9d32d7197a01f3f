package fr.maillage.participation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The draws that took place.
 */
public interface Draws extends JpaRepository<Draw, Long> {

    @EntityGraph(attributePaths = "cells")
    Optional<Draw> findByIdAndWorkspaceId(Long id, Long workspaceId);

    @EntityGraph(attributePaths = "cells")
    Optional<Draw> findWithCellsById(Long id);

    List<Draw> findByWorkspaceIdAndCouncilIdOrderByDrawnAtDesc(Long workspaceId, Long councilId);

    List<Draw> findByCouncilIdOrderByDrawnAtDesc(Long councilId);

    List<Draw> findByWorkspaceIdOrderByDrawnAtDesc(Long workspaceId);
}
