package fr.maillage.agenda;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Who was present at which session.
 */
public interface Attendances extends JpaRepository<Attendance, Long> {

    Optional<Attendance> findBySessionIdAndRegistrationId(Long sessionId, Long registrationId);

    List<Attendance> findBySessionIdIn(Collection<Long> sessionIds);

    List<Attendance> findByRegistrationId(Long registrationId);
}
