package fr.maillage.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The feeds every workspace watches.
 */
public interface WatchSources extends JpaRepository<WatchSource, Long> {

    List<WatchSource> findByWorkspaceIdOrderByNameAsc(Long workspaceId);

    List<WatchSource> findByPausedFalseOrderByIdAsc();
}
