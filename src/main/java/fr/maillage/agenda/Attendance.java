package fr.maillage.agenda;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A registrant marked present at one session; absence is the lack of this row.
 */
@Entity(name = "AgendaAttendance")
@Table(name = "agenda_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sessionId;
    private Long registrationId;
    private Instant markedAt;

    protected Attendance() {
    }

    Attendance(Long sessionId, Long registrationId) {
        this.sessionId = sessionId;
        this.registrationId = registrationId;
        this.markedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
