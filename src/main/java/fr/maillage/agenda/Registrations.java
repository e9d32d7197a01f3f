package fr.maillage.agenda;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Registrations to events.
 */
public interface Registrations extends JpaRepository<Registration, Long> {

    long countByEventIdAndStatus(Long eventId, RegistrationStatus status);

    boolean existsByEventIdAndEmailKeyAndStatusNot(Long eventId, String emailKey, RegistrationStatus status);

    /** The waiting list's head: the earliest arrival still waiting. */
    Optional<Registration> findFirstByEventIdAndStatusOrderByCreatedAtAscIdAsc(Long eventId,
            RegistrationStatus status);

    Optional<Registration> findByCancelTokenHash(String hash);

    Optional<Registration> findBySurveyTokenHash(String hash);

    Optional<Registration> findByIdAndEventId(Long id, Long eventId);

    Page<Registration> findByEventIdAndStatusIn(Long eventId, Collection<RegistrationStatus> statuses,
            Pageable pageable);

    List<Registration> findByEventIdAndStatusOrderByFullNameAscIdAsc(Long eventId, RegistrationStatus status);

    List<Registration> findByEventIdInAndStatus(Collection<Long> eventIds, RegistrationStatus status);

    List<Registration> findByIdIn(Collection<Long> ids);

    /** How many wait ahead of a registration, plus one: its position on the waiting list. */
    @Query("select count(r) + 1 from Registration r where r.eventId = :eventId "
            + "and r.status = fr.maillage.agenda.RegistrationStatus.WAITING "
            + "and (r.createdAt < :createdAt or (r.createdAt = :createdAt and r.id < :id))")
    long waitingPosition(@Param("eventId") Long eventId, @Param("createdAt") Instant createdAt, @Param("id") Long id);

    @Query("select r.status, count(r) from Registration r where r.eventId = :eventId group by r.status")
    List<Object[]> countByStatus(@Param("eventId") Long eventId);

    @Query("select r.eventId, count(r) from Registration r where r.eventId in :eventIds "
            + "and r.status = fr.maillage.agenda.RegistrationStatus.CONFIRMED group by r.eventId")
    List<Object[]> confirmedCounts(@Param("eventIds") Collection<Long> eventIds);
}
