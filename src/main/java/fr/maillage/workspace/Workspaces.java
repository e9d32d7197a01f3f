package fr.maillage.workspace;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The workspaces.
 */
public interface Workspaces extends JpaRepository<Workspace, Long> {

    /** The workspace with its perimeter, which every page showing a workspace needs. */
    @org.springframework.data.jpa.repository.EntityGraph(attributePaths = "perimeter")
    java.util.Optional<Workspace> findWithPerimeterById(Long id);

    List<Workspace> findByIdInOrderByNameAsc(Collection<Long> ids);

    /** The workspaces a user belongs to, by name, in one query (the page shell asks on every page). */
    @org.springframework.data.jpa.repository.Query("select w from Workspace w where w.id in "
            + "(select m.workspaceId from Membership m where m.userId = ?1) order by w.name asc")
    List<Workspace> findByMember(Long userId);

    Page<Workspace> findAllByOrderByNameAsc(Pageable pageable);

    Page<Workspace> findByNameContainingIgnoreCaseOrderByNameAsc(String name, Pageable pageable);

    Page<Workspace> findByTypeOrderByNameAsc(WorkspaceType type, Pageable pageable);

    Page<Workspace> findByTypeAndNameContainingIgnoreCaseOrderByNameAsc(WorkspaceType type, String name,
            Pageable pageable);
}
