package fr.maillage.agenda;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Submitted survey answers, one row per person.
 */
public interface SurveyResponses extends JpaRepository<SurveyResponse, Long> {

    long countByEventId(Long eventId);
}
