package fr.maillage.governance;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** Agenda items, in their order. */
public interface AgendaItems extends JpaRepository<AgendaItem, Long> {

    @EntityGraph(attributePaths = "links")
    List<AgendaItem> findByMeetingIdOrderByPositionAscIdAsc(Long meetingId);

    long countByMeetingId(Long meetingId);
}
