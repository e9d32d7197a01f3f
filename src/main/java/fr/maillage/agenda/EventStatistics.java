package fr.maillage.agenda;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.territory.TerritoryRef;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of an event (a cycle's figures are its sessions') and of a workspace's year:
 * registrations, attendance rate, publics, organisations and territories. Territories come from
 * the registrants' organisations matched in the directory (its EPCI and QPV); the others are
 * counted as "not located".
 */
@Service
@Transactional(readOnly = true)
public class EventStatistics {

    private final Events events;
    private final EventSessions sessions;
    private final Registrations registrations;
    private final EventAttendance attendance;
    private final DirectoryManagement directory;
    private final TerritoryDirectory territories;

    EventStatistics(Events events, EventSessions sessions, Registrations registrations, EventAttendance attendance,
            DirectoryManagement directory, TerritoryDirectory territories) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.attendance = attendance;
        this.directory = directory;
        this.territories = territories;
    }

    /** A session's presence count. */
    public record SessionFigure(EventSession session, long present, BigDecimal rate) {
    }

    /** The figures of one event. */
    public record EventFigures(Event event, long confirmed, long waiting, long cancelled, long walkIns,
            long attendees, BigDecimal attendanceRate, List<SessionFigure> sessions, Map<String, Long> publics,
            Map<String, Long> organisations, Map<String, Long> epci, Map<String, Long> qpv, long notLocated) {
    }

    /** One event's line in a year's figures. */
    public record YearLine(Event event, int sessionCount, long confirmed, long attendees, BigDecimal rate) {
    }

    /** A workspace's year. */
    public record YearFigures(int year, List<YearLine> lines, long confirmed, long attendees, BigDecimal rate,
            Map<String, Long> byKind) {
    }

    public EventFigures event(Long eventId) {
        Event event = events.findWithCollectionsById(eventId).orElseThrow();
        Map<RegistrationStatus, Long> byStatus = new LinkedHashMap<>();
        registrations.countByStatus(eventId).forEach(r -> byStatus.put((RegistrationStatus) r[0], (Long) r[1]));
        List<Registration> confirmed = registrations.findByEventIdAndStatusOrderByFullNameAscIdAsc(eventId,
                RegistrationStatus.CONFIRMED);
        Map<Long, Set<Long>> attended = attendance.attendedSessions(eventId);
        long confirmedCount = byStatus.getOrDefault(RegistrationStatus.CONFIRMED, 0L);
        List<SessionFigure> perSession = new ArrayList<>();
        for (EventSession session : sessions.findByEventIdOrderByStartsAtAscIdAsc(eventId)) {
            long present = attended.values().stream().filter(s -> s.contains(session.getId())).count();
            perSession.add(new SessionFigure(session, present, rate(present, confirmedCount)));
        }
        Map<String, Long> publics = new TreeMap<>(confirmed.stream().collect(Collectors.groupingBy(
                r -> r.getPublicCode() == null ? "" : r.getPublicCode().name(), Collectors.counting())));
        Map<Long, Organisation> matched = directory.organisations(confirmed.stream()
                .map(Registration::getOrganisationId).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        // A registrant matched to the directory counts under its name there, however he typed it.
        Map<String, Long> organisations = top(confirmed.stream().collect(Collectors.groupingBy(r -> {
            Organisation o = r.getOrganisationId() == null ? null : matched.get(r.getOrganisationId());
            return o != null ? o.getName() : r.getOrganisationName() == null ? "" : r.getOrganisationName();
        }, Collectors.counting())));
        Map<String, Long> epci = new TreeMap<>();
        Map<String, Long> qpv = new TreeMap<>();
        long notLocated = 0;
        Set<String> epciCodes = new HashSet<>();
        Set<String> qpvCodes = new HashSet<>();
        matched.values().forEach(o -> {
            if (o.getEpciCode() != null) {
                epciCodes.add(o.getEpciCode());
            }
            qpvCodes.addAll(o.getQpvCodes());
        });
        Map<String, TerritoryRef> epciNames = territories.findAll(TerritoryKind.EPCI, epciCodes);
        Map<String, TerritoryRef> qpvNames = territories.findAll(TerritoryKind.QPV, qpvCodes);
        for (Registration r : confirmed) {
            Organisation o = r.getOrganisationId() == null ? null : matched.get(r.getOrganisationId());
            if (o == null || o.getEpciCode() == null) {
                notLocated++;
            } else {
                epci.merge(name(epciNames, o.getEpciCode()), 1L, Long::sum);
            }
            if (o != null) {
                o.getQpvCodes().forEach(code -> qpv.merge(name(qpvNames, code), 1L, Long::sum));
            }
        }
        long attendees = attended.size();
        return new EventFigures(event, confirmedCount, byStatus.getOrDefault(RegistrationStatus.WAITING, 0L),
                byStatus.getOrDefault(RegistrationStatus.CANCELLED, 0L),
                confirmed.stream().filter(Registration::isWalkIn).count(), attendees, rate(attendees, confirmedCount),
                perSession, publics, organisations, epci, qpv, notLocated);
    }

    public YearFigures year(Long workspaceId, int year) {
        List<Event> organised = events.organisedBetween(workspaceId, LocalDateTime.of(year, 1, 1, 0, 0),
                LocalDateTime.of(year + 1, 1, 1, 0, 0));
        List<Long> ids = organised.stream().map(Event::getId).toList();
        Map<Long, Long> confirmed = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            registrations.confirmedCounts(ids).forEach(r -> confirmed.put((Long) r[0], (Long) r[1]));
        }
        Map<Long, List<EventSession>> byEvent = ids.isEmpty() ? Map.of()
                : sessions.findByEventIdInOrderByStartsAtAscIdAsc(ids).stream()
                        .collect(Collectors.groupingBy(EventSession::getEventId));
        List<YearLine> lines = new ArrayList<>();
        long allConfirmed = 0;
        long allAttendees = 0;
        Map<String, Long> byKind = new TreeMap<>();
        for (Event event : organised) {
            long c = confirmed.getOrDefault(event.getId(), 0L);
            long a = attendance.attendedSessions(event.getId()).size();
            lines.add(new YearLine(event, byEvent.getOrDefault(event.getId(), List.of()).size(), c, a, rate(a, c)));
            allConfirmed += c;
            allAttendees += a;
            byKind.merge(event.getKind().name(), 1L, Long::sum);
        }
        return new YearFigures(year, lines, allConfirmed, allAttendees, rate(allAttendees, allConfirmed), byKind);
    }

    /** Percentage with one decimal, or null when there is nothing to divide. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static String name(Map<String, TerritoryRef> names, String code) {
        TerritoryRef ref = names.get(code);
        return ref == null ? code : ref.name() + " (" + code + ")";
    }

    private static Map<String, Long> top(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(20).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a,
                        LinkedHashMap::new));
    }

}
