package fr.maillage.newsletter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The newsletters, one per workspace at most. */
public interface Newsletters extends JpaRepository<Newsletter, Long> {

    Optional<Newsletter> findByWorkspaceId(Long workspaceId);

    List<Newsletter> findByOpenToSubscriptionTrueOrderByName();
}
