package fr.maillage.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Volunteer pools, by workspace.
 */
public interface Pools extends JpaRepository<VolunteerPool, Long> {

    Optional<VolunteerPool> findByIdAndWorkspaceId(Long id, Long workspaceId);

    List<VolunteerPool> findByWorkspaceIdAndCouncilIdOrderByCreatedAtDesc(Long workspaceId, Long councilId);

    /** Pools whose retention ended and whose personal data is still there. */
    List<VolunteerPool> findByRetainUntilBeforeAndErasedAtIsNull(LocalDate day);
}
