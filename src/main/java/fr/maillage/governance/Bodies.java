package fr.maillage.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The bodies; every query names the workspace, except the calendar feed's lookup by secret. */
public interface Bodies extends JpaRepository<Body, Long> {

    Optional<Body> findByIdAndWorkspaceId(Long id, Long workspaceId);

    Page<Body> findByWorkspaceIdOrderByNameAsc(Long workspaceId, Pageable pageable);

    List<Body> findByWorkspaceIdOrderByNameAsc(Long workspaceId);

    Optional<Body> findByFeedTokenHash(String feedTokenHash);
}
