package fr.maillage.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The experience sheets of every workspace.
 */
public interface ExperienceSheets extends JpaRepository<ExperienceSheet, Long> {

    @EntityGraph(attributePaths = {"communeCodes", "qpvCodes", "partnerIds", "themeCodes"})
    Optional<ExperienceSheet> findWithCollectionsById(Long id);

    @EntityGraph(attributePaths = {"communeCodes", "qpvCodes", "partnerIds", "themeCodes"})
    Optional<ExperienceSheet> findBySlugAndStatus(String slug, SheetStatus status);

    boolean existsBySlug(String slug);

    Page<ExperienceSheet> findByWorkspaceId(Long workspaceId, Pageable pageable);

    Page<ExperienceSheet> findByWorkspaceIdAndStatus(Long workspaceId, SheetStatus status, Pageable pageable);

    Page<ExperienceSheet> findByStatus(SheetStatus status, Pageable pageable);

    @EntityGraph(attributePaths = {"themeCodes"})
    List<ExperienceSheet> findWithThemesByIdIn(Collection<Long> ids);

    long countByWorkspaceIdAndStatus(Long workspaceId, SheetStatus status);
}
