package fr.maillage.agenda;

import jakarta.persistence.LockModeType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * The events of every workspace.
 */
public interface Events extends JpaRepository<Event, Long> {

    /**
     * The event, its row locked until the transaction ends: registrations and cancellations of one
     * event take their turn, so that seats are never given twice.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Event e where e.id = :id")
    Optional<Event> lockById(@Param("id") Long id);

    @EntityGraph(attributePaths = {"themeCodes", "publics", "linkedWorkspaceIds"})
    Optional<Event> findWithCollectionsById(Long id);

    /** Events a workspace organises or is linked to, the latest first. */
    @Query(value = "select e from Event e where e.workspaceId = :workspaceId or :workspaceId member of e.linkedWorkspaceIds",
            countQuery = "select count(e) from Event e where e.workspaceId = :workspaceId "
                    + "or :workspaceId member of e.linkedWorkspaceIds")
    Page<Event> involving(@Param("workspaceId") Long workspaceId, Pageable pageable);

    /** Published public events not yet over, optionally of one kind and one theme, soonest first. */
    @Query(value = "select e from Event e where e.status = fr.maillage.agenda.EventStatus.PUBLISHED "
            + "and e.audience = fr.maillage.agenda.Audience.PUBLIC and e.endsAt >= :now "
            + "and (:kind is null or e.kind = :kind) and (:theme is null or :theme member of e.themeCodes) "
            + "order by e.startsAt asc, e.id asc",
            countQuery = "select count(e) from Event e where e.status = fr.maillage.agenda.EventStatus.PUBLISHED "
                    + "and e.audience = fr.maillage.agenda.Audience.PUBLIC and e.endsAt >= :now "
                    + "and (:kind is null or e.kind = :kind) and (:theme is null or :theme member of e.themeCodes)")
    Page<Event> upcomingPublic(@Param("now") LocalDateTime now, @Param("kind") EventKind kind,
            @Param("theme") String theme, Pageable pageable);

    /** Events a workspace organises that start within the year's bounds, in order. */
    @Query("select e from Event e where e.workspaceId = :workspaceId and e.startsAt >= :from and e.startsAt < :to "
            + "and e.status <> fr.maillage.agenda.EventStatus.CANCELLED order by e.startsAt")
    List<Event> organisedBetween(@Param("workspaceId") Long workspaceId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);
}
