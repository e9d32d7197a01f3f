package fr.maillage.agenda;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Theme;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.text.RichText;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' use cases: describe events, schedule their sessions, publish or cancel them,
 * and the listings of the workspace and of the public portal.
 */
@Service
@Transactional
public class AgendaManagement {

    private final Events events;
    private final EventSessions sessions;
    private final Registrations registrations;
    private final Attendances attendances;
    private final EventRegistrations seats;
    private final DirectoryManagement directory;
    private final ApplicationEventPublisher publisher;

    AgendaManagement(Events events, EventSessions sessions, Registrations registrations, Attendances attendances,
            EventRegistrations seats, DirectoryManagement directory, ApplicationEventPublisher publisher) {
        this.events = events;
        this.sessions = sessions;
        this.registrations = registrations;
        this.attendances = attendances;
        this.seats = seats;
        this.directory = directory;
        this.publisher = publisher;
    }

    public Event create(Long workspaceId, EventDetails details) {
        Event event = events.save(new Event(workspaceId, sanitised(details)));
        changed(event);
        return event;
    }

    /**
     * Describes the event again. A larger capacity gives the new seats to the waiting list at once.
     *
     * @param expectedVersion the version the form was built from; another one is a lost update
     */
    public Event update(Long eventId, long expectedVersion, EventDetails details) {
        Event event = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
        if (event.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Event.class, eventId);
        }
        event.describe(sanitised(details));
        seats.fillSeats(event);
        changed(event);
        return event;
    }

    /** An event with its themes, publics and linked workspaces. */
    @Transactional(readOnly = true)
    public Event event(Long eventId) {
        return events.findWithCollectionsById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
    }

    /** An event as seen from a workspace: one it neither organises nor is linked to is not found. */
    @Transactional(readOnly = true)
    public Event event(Long workspaceId, Long eventId) {
        Event event = event(eventId);
        if (!event.involves(workspaceId)) {
            throw new NotFoundException("event " + eventId);
        }
        return event;
    }

    public EventSession addSession(Long eventId, String title, LocalDateTime startsAt, LocalDateTime endsAt,
            String place) {
        Event event = event(eventId);
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw new BusinessRuleException("agenda.event.cancelled");
        }
        EventSession session = sessions.save(new EventSession(eventId, title, startsAt, endsAt, place));
        respan(event);
        return session;
    }

    /** Removes a session on which no attendance was taken. */
    public void removeSession(Long eventId, Long sessionId) {
        EventSession session = sessions.findByIdAndEventId(sessionId, eventId)
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        if (!attendances.findBySessionIdIn(List.of(sessionId)).isEmpty()) {
            throw new BusinessRuleException("agenda.session.hasAttendance");
        }
        sessions.delete(session);
        sessions.flush();
        respan(event(eventId));
    }

    @Transactional(readOnly = true)
    public List<EventSession> sessions(Long eventId) {
        return sessions.findByEventIdOrderByStartsAtAscIdAsc(eventId);
    }

    public void publish(Long eventId) {
        Event event = event(eventId);
        event.publish();
        changed(event);
    }

    public void unpublish(Long eventId) {
        Event event = event(eventId);
        event.unpublish();
        changed(event);
    }

    /** Cancels the event and tells every registrant, confirmed or waiting. */
    public void cancel(Long eventId) {
        Event event = events.lockById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
        event.cancel();
        seats.tellCancelled(event);
        changed(event);
    }

    @Transactional(readOnly = true)
    public Page<Event> involving(Long workspaceId, Pageable pageable) {
        return loaded(events.involving(workspaceId, pageable));
    }

    /** Published public events not over yet, soonest first. */
    @Transactional(readOnly = true)
    public Page<Event> upcomingPublic(EventKind kind, String theme, Pageable pageable) {
        return loaded(events.upcomingPublic(LocalDateTime.now(), kind,
                theme == null || theme.isBlank() ? null : theme, pageable));
    }

    /** Confirmed registrations per event, for listings. */
    @Transactional(readOnly = true)
    public Map<Long, Long> confirmedCounts(Collection<Long> eventIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!eventIds.isEmpty()) {
            registrations.confirmedCounts(eventIds).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** The first session of each event, for listings. */
    @Transactional(readOnly = true)
    public Map<Long, List<EventSession>> sessionsOf(Collection<Long> eventIds) {
        return eventIds.isEmpty() ? Map.of()
                : sessions.findByEventIdInOrderByStartsAtAscIdAsc(eventIds).stream()
                        .collect(Collectors.groupingBy(EventSession::getEventId));
    }

    /** Loads the page's themes, publics and links in batches, for use after the transaction. */
    private static Page<Event> loaded(Page<Event> page) {
        page.forEach(e -> {
            Hibernate.initialize(e.getThemeCodes());
            Hibernate.initialize(e.getPublics());
            Hibernate.initialize(e.getLinkedWorkspaceIds());
        });
        return page;
    }

    private void respan(Event event) {
        List<EventSession> all = sessions.findByEventIdOrderByStartsAtAscIdAsc(event.getId());
        event.span(all.isEmpty() ? null : all.get(0).getStartsAt(),
                all.stream().map(EventSession::getEndsAt).max(LocalDateTime::compareTo).orElse(null));
        changed(event);
    }

    private EventDetails sanitised(EventDetails d) {
        return new EventDetails(d.kind(), d.title(), d.summary(), RichText.sanitize(d.description()), d.place(),
                d.onlineUrl(), d.audience(), d.capacity(), d.registrationDeadline(), d.publics(), d.themeCodes(),
                d.linkedWorkspaceIds(), d.surveyAnonymous());
    }

    private void changed(Event event) {
        Map<String, String> themes = directory.themes().stream()
                .collect(Collectors.toMap(Theme::getCode, Theme::getLabel));
        boolean open = event.isPublic();
        String text = String.join(" ", event.getSummary() == null ? "" : event.getSummary(),
                event.getPlace() == null ? "" : event.getPlace(),
                event.getDescription() == null ? "" : event.getDescription().replaceAll("<[^>]*>", " "));
        publisher.publishEvent(new SearchableContent("event", event.getId(), event.getWorkspaceId(), open,
                event.getTitle(), text.strip(),
                event.getThemeCodes().stream().map(c -> themes.getOrDefault(c, c)).sorted().toList(),
                event.getPlace() == null ? List.of() : List.of(event.getPlace()),
                event.getStartsAt() == null ? null : event.getStartsAt().getYear(),
                open ? event.publicPath() : "/espaces/" + event.getWorkspaceId() + "/evenements/" + event.getId()));
        publisher.publishEvent(new EventChanged(event.getId(), event.getWorkspaceId()));
    }
}
