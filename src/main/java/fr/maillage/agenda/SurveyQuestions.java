package fr.maillage.agenda;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The questions of events' surveys.
 */
public interface SurveyQuestions extends JpaRepository<SurveyQuestion, Long> {

    List<SurveyQuestion> findByEventIdOrderByPositionAscIdAsc(Long eventId);

    Optional<SurveyQuestion> findByIdAndEventId(Long id, Long eventId);
}
