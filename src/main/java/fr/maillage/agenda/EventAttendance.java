package fr.maillage.agenda;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance on the day: the sheet of a session, a registrant marked present or absent (one tap
 * on a tablet), and who attended at least one session (for surveys, certificates and figures).
 */
@Service
@Transactional
public class EventAttendance {

    private final EventSessions sessions;
    private final Registrations registrations;
    private final Attendances attendances;

    EventAttendance(EventSessions sessions, Registrations registrations, Attendances attendances) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.attendances = attendances;
    }

    /** One line of a session's sheet. */
    public record SheetLine(Registration registration, boolean present) {
    }

    /** The confirmed registrants of the event, by name, with their presence at the session. */
    @Transactional(readOnly = true)
    public List<SheetLine> sheet(Long eventId, Long sessionId) {
        EventSession session = session(eventId, sessionId);
        Set<Long> present = attendances.findBySessionIdIn(List.of(session.getId())).stream()
                .map(Attendance::getRegistrationId).collect(Collectors.toSet());
        return registrations.findByEventIdAndStatusOrderByFullNameAscIdAsc(eventId, RegistrationStatus.CONFIRMED)
                .stream().map(r -> new SheetLine(r, present.contains(r.getId()))).toList();
    }

    /** Marks the registrant present or absent at the session; returns his line. */
    public SheetLine mark(Long eventId, Long sessionId, Long registrationId, boolean present) {
        EventSession session = session(eventId, sessionId);
        Registration registration = registrations.findByIdAndEventId(registrationId, eventId)
                .orElseThrow(() -> new NotFoundException("registration " + registrationId));
        if (registration.getStatus() != RegistrationStatus.CONFIRMED) {
            throw new BusinessRuleException("agenda.attendance.notConfirmed");
        }
        var existing = attendances.findBySessionIdAndRegistrationId(session.getId(), registrationId);
        if (present && existing.isEmpty()) {
            attendances.save(new Attendance(session.getId(), registrationId));
        } else if (!present) {
            existing.ifPresent(attendances::delete);
        }
        return new SheetLine(registration, present);
    }

    /** For each registration, the sessions it attended. */
    @Transactional(readOnly = true)
    public Map<Long, Set<Long>> attendedSessions(Long eventId) {
        List<Long> sessionIds = sessions.findByEventIdOrderByStartsAtAscIdAsc(eventId).stream()
                .map(EventSession::getId).toList();
        Map<Long, Set<Long>> attended = new HashMap<>();
        if (!sessionIds.isEmpty()) {
            attendances.findBySessionIdIn(sessionIds).forEach(a -> attended
                    .computeIfAbsent(a.getRegistrationId(), k -> new HashSet<>()).add(a.getSessionId()));
        }
        return attended;
    }

    /** The registrants present at one session at least, by name. */
    @Transactional(readOnly = true)
    public List<Registration> attendees(Long eventId) {
        Set<Long> ids = attendedSessions(eventId).keySet();
        return ids.isEmpty() ? List.of()
                : registrations.findByIdIn(ids).stream()
                        .sorted(java.util.Comparator.comparing(Registration::getFullName, String.CASE_INSENSITIVE_ORDER))
                        .toList();
    }

    private EventSession session(Long eventId, Long sessionId) {
        return sessions.findByIdAndEventId(sessionId, eventId)
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
    }
}
