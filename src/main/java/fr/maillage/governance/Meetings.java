package fr.maillage.governance;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Meetings; every query names the workspace or the body. */
public interface Meetings extends JpaRepository<Meeting, Long> {

    Optional<Meeting> findByIdAndWorkspaceId(Long id, Long workspaceId);

    Page<Meeting> findByBodyIdOrderByStartsAtDesc(Long bodyId, Pageable pageable);

    Page<Meeting> findByWorkspaceIdOrderByStartsAtDesc(Long workspaceId, Pageable pageable);

    /** A body's meetings from a date on, for its calendar feed. */
    List<Meeting> findByBodyIdAndStartsAtAfterOrderByStartsAtAsc(Long bodyId, LocalDateTime after, Pageable pageable);
}
