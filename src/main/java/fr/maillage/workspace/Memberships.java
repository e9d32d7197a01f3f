package fr.maillage.workspace;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Who belongs to which workspace.
 */
public interface Memberships extends JpaRepository<Membership, Long> {

    List<Membership> findByUserId(Long userId);

    List<Membership> findByWorkspaceId(Long workspaceId);

    Optional<Membership> findByWorkspaceIdAndUserId(Long workspaceId, Long userId);

    long countByWorkspaceIdAndRole(Long workspaceId, WorkspaceRole role);

    long countByWorkspaceId(Long workspaceId);
}
