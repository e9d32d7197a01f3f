package fr.maillage.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

/**
 * A question of an event's satisfaction survey; a choice question keeps its options one per line.
 */
@Entity
@Table(name = "agenda_survey_question")
public class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;
    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String label;
    private String choices;

    protected SurveyQuestion() {
    }

    SurveyQuestion(Long eventId, int position, QuestionKind kind, String label, String choices) {
        this.eventId = eventId;
        this.position = position;
        this.kind = kind;
        this.label = label.strip();
        this.choices = kind == QuestionKind.CHOICE ? Event.blankToNull(choices) : null;
    }

    /** The options of a choice question, in order, without blank lines. */
    public List<String> options() {
        return choices == null ? List.of()
                : Arrays.stream(choices.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getChoices() {
        return choices;
    }
}
