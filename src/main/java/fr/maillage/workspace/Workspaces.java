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

    List<Workspace> findByIdInOrderByNameAsc(Collection<Long> ids);

    Page<Workspace> findAllByOrderByNameAsc(Pageable pageable);
}
