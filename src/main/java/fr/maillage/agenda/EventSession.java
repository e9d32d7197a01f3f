package fr.maillage.agenda;

import fr.maillage.shared.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * One dated session of an event (a cycle has several); attendance is taken per session.
 */
@Entity
@Table(name = "agenda_session")
@fr.maillage.shared.Audited("agendaSession")
public class EventSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;

    @Version
    private long version;

    protected EventSession() {
    }

    EventSession(Long eventId, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place) {
        if (!endsAt.isAfter(startsAt)) {
            throw new BusinessRuleException("agenda.session.endBeforeStart");
        }
        this.eventId = eventId;
        this.title = title.strip();
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = Event.blankToNull(place);
    }

    /** Length of the session in hours, for attendance certificates. */
    public double hours() {
        return Duration.between(startsAt, endsAt).toMinutes() / 60.0;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public long getVersion() {
        return version;
    }
}
