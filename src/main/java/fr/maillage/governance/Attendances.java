package fr.maillage.governance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Émargement lines. */
public interface Attendances extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMeetingIdOrderByNameAsc(Long meetingId);

    Optional<Attendance> findByIdAndMeetingId(Long id, Long meetingId);
}
