package fr.maillage.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The campaigns of every workspace.
 */
public interface Campaigns extends JpaRepository<Campaign, Long> {

    Optional<Campaign> findByIdAndWorkspaceId(Long id, Long workspaceId);

    Page<Campaign> findByWorkspaceIdOrderByCreatedAtDesc(Long workspaceId, Pageable pageable);

    List<Campaign> findByStatus(CampaignStatus status);

    List<Campaign> findByWorkspaceIdIn(Collection<Long> workspaceIds);
}
