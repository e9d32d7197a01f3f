package fr.maillage.agenda;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The answers to survey questions.
 */
public interface SurveyAnswers extends JpaRepository<SurveyAnswer, Long> {

    List<SurveyAnswer> findByQuestionIdIn(Collection<Long> questionIds);
}
