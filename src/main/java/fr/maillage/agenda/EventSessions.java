package fr.maillage.agenda;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The sessions of events.
 */
public interface EventSessions extends JpaRepository<EventSession, Long> {

    List<EventSession> findByEventIdOrderByStartsAtAscIdAsc(Long eventId);

    List<EventSession> findByEventIdInOrderByStartsAtAscIdAsc(Collection<Long> eventIds);

    Optional<EventSession> findByIdAndEventId(Long id, Long eventId);
}
