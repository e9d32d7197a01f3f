package fr.maillage.agenda.web;

import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventKind;
import fr.maillage.agenda.EventSession;
import fr.maillage.shared.MaillageProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public events as open data: anyone may read them without a token (the security chain lets
 * {@code GET /api/v1/events} through), and only what the portal shows is given.
 */
@RestController
@Tag(name = "Événements", description = "Événements publics à venir (lecture ouverte, sans jeton)")
class EventsApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final AgendaManagement agenda;
    private final MaillageProperties properties;

    EventsApiController(AgendaManagement agenda, MaillageProperties properties) {
        this.agenda = agenda;
        this.properties = properties;
    }

    /** A session of a public event. */
    record SessionJson(String title, LocalDateTime startsAt, LocalDateTime endsAt, String place) {
        static SessionJson of(EventSession s) {
            return new SessionJson(s.getTitle(), s.getStartsAt(), s.getEndsAt(), s.getPlace());
        }
    }

    /** A public event; times are French local times. */
    record EventJson(Long id, String kind, String title, String summary, String place, boolean online,
            LocalDateTime startsAt, LocalDateTime endsAt, int capacity, long seatsLeft,
            LocalDateTime registrationDeadline, List<String> themes, List<String> publics, String url,
            List<SessionJson> sessions) {
    }

    /** A page of results. */
    record PageJson<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    }

    @GetMapping("/api/v1/events")
    @Operation(summary = "Événements publics à venir", description = "Publiés, ouverts au public et pas encore "
            + "terminés, du plus proche au plus lointain ; filtres facultatifs kind et theme ; 20 par page.")
    PageJson<EventJson> events(@RequestParam(required = false) EventKind kind,
            @RequestParam(required = false) String theme, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page<Event> events = agenda.upcomingPublic(kind, theme,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        List<Long> ids = events.map(Event::getId).toList();
        Map<Long, Long> confirmed = agenda.confirmedCounts(ids);
        Map<Long, List<EventSession>> sessions = agenda.sessionsOf(ids);
        List<EventJson> content = events.getContent().stream().map(e -> new EventJson(e.getId(), e.getKind().name(),
                e.getTitle(), e.getSummary(), e.getPlace(), e.getOnlineUrl() != null, e.getStartsAt(), e.getEndsAt(),
                e.getCapacity(), Math.max(0, e.getCapacity() - confirmed.getOrDefault(e.getId(), 0L)),
                e.getRegistrationDeadline(), e.getThemeCodes().stream().sorted().toList(),
                e.getPublics().stream().map(Enum::name).sorted().toList(), properties.link(e.publicPath()),
                sessions.getOrDefault(e.getId(), List.of()).stream().map(SessionJson::of).toList())).toList();
        return new PageJson<>(content, events.getNumber(), events.getSize(), events.getTotalElements(),
                events.getTotalPages());
    }
}
