package fr.maillage.directory;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The column choices each workspace made at its last import.
 */
public interface ImportMappings extends JpaRepository<ImportMapping, Long> {

    Optional<ImportMapping> findByWorkspaceIdAndKind(Long workspaceId, ImportKind kind);
}
