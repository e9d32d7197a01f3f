package fr.maillage.funding;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** The workspaces' calls for projects; every query names the workspace. */
public interface Calls extends JpaRepository<CallForProjects, Long> {

    @EntityGraph(attributePaths = {"funders", "criteria"})
    Optional<CallForProjects> findByIdAndWorkspaceId(Long id, Long workspaceId);

    Page<CallForProjects> findByWorkspaceIdOrderByYearDescDeadlineDesc(Long workspaceId, Pageable pageable);

    List<CallForProjects> findByWorkspaceIdOrderByYearDescDeadlineDesc(Long workspaceId);
}
