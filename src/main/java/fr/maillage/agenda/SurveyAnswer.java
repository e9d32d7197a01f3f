package fr.maillage.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The answer to one question: a scale value (1-5), or a text (the chosen option or free text).
 */
@Entity
@Table(name = "agenda_survey_answer")
public class SurveyAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long responseId;
    private Long questionId;
    private Integer scaleValue;
    private String textValue;

    protected SurveyAnswer() {
    }

    SurveyAnswer(Long responseId, Long questionId, Integer scaleValue, String textValue) {
        this.responseId = responseId;
        this.questionId = questionId;
        this.scaleValue = scaleValue;
        this.textValue = textValue;
    }

    public Long getId() {
        return id;
    }

    public Long getResponseId() {
        return responseId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Integer getScaleValue() {
        return scaleValue;
    }

    public String getTextValue() {
        return textValue;
    }
}
