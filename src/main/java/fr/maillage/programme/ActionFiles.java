package fr.maillage.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The files attached to fiches actions.
 */
interface ActionFiles extends JpaRepository<ActionFile, Long> {

    List<ActionFile> findByActionIdOrderByUploadedAtAscIdAsc(Long actionId);

    Optional<ActionFile> findByIdAndActionIdAndWorkspaceId(Long id, Long actionId, Long workspaceId);
}
