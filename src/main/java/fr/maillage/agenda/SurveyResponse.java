package fr.maillage.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person's answers to a survey; the registration is left empty when the survey is anonymous.
 */
@Entity
@Table(name = "agenda_survey_response")
public class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;
    private Long registrationId;
    private Instant submittedAt;

    protected SurveyResponse() {
    }

    SurveyResponse(Long eventId, Long registrationId) {
        this.eventId = eventId;
        this.registrationId = registrationId;
        this.submittedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
