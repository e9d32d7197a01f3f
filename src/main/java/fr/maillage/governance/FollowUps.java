package fr.maillage.governance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Follow-ups; the owner's queries run on every home page and are bounded by an index. */
public interface FollowUps extends JpaRepository<FollowUp, Long> {

    Optional<FollowUp> findByIdAndWorkspaceId(Long id, Long workspaceId);

    /** A user's open follow-ups in every workspace, soonest due first. */
    @Query("select f from FollowUp f where f.ownerUserId = :userId and f.status in :statuses "
            + "order by f.dueDate asc nulls last, f.id asc")
    List<FollowUp> ownedBy(Long userId, Collection<FollowUpStatus> statuses, Pageable pageable);

    long countByOwnerUserIdAndStatusIn(Long userId, Collection<FollowUpStatus> statuses);

    @Query("select f from FollowUp f where f.workspaceId = :workspaceId "
            + "and (:ownerUserId is null or f.ownerUserId = :ownerUserId) "
            + "and (:bodyId is null or f.bodyId = :bodyId) and f.status in :statuses "
            + "order by f.dueDate asc nulls last, f.id asc")
    Page<FollowUp> list(Long workspaceId, Long ownerUserId, Long bodyId, Collection<FollowUpStatus> statuses,
            Pageable pageable);

    /** The open follow-ups of a body, proposed for the next meeting's agenda. */
    List<FollowUp> findByBodyIdAndStatusInOrderByDueDateAscIdAsc(Long bodyId, Collection<FollowUpStatus> statuses,
            Pageable pageable);

    List<FollowUp> findByMeetingIdOrderByIdAsc(Long meetingId);

    /** Overdue follow-ups not reminded since the day given. */
    @Query("select f from FollowUp f where f.status in :statuses and f.dueDate < :today "
            + "and (f.lastRemindedOn is null or f.lastRemindedOn <= :remindedBefore) order by f.id")
    List<FollowUp> overdue(Collection<FollowUpStatus> statuses, LocalDate today, LocalDate remindedBefore,
            Pageable pageable);
}
