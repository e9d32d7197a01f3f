package fr.maillage.newsletter.internal;

import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Event;
import fr.maillage.newsletter.NewsletterItem;
import fr.maillage.newsletter.NewsletterSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public events the workspace organises or takes part in that are still to come: subscribers are
 * the public, so only published public events, soonest first.
 */
@Component
@Transactional(readOnly = true)
class UpcomingEventSource implements NewsletterSource {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int SCANNED = 200;

    private final AgendaManagement agenda;

    UpcomingEventSource(AgendaManagement agenda) {
        this.agenda = agenda;
    }

    @Override
    public String kind() {
        return "event";
    }

    @Override
    public List<NewsletterItem> candidates(Long workspaceId, LocalDate since, int limit) {
        LocalDateTime now = LocalDateTime.now(PARIS);
        return agenda.involving(workspaceId, PageRequest.of(0, SCANNED, Sort.by(Sort.Direction.DESC, "startsAt")))
                .stream().filter(Event::isPublic).filter(e -> e.getEndsAt() != null && e.getEndsAt().isAfter(now))
                .sorted(java.util.Comparator.comparing(Event::getStartsAt)).limit(limit)
                .map(e -> new NewsletterItem("event", e.getId(), e.getTitle(), e.getSummary(), e.publicPath(),
                        e.getStartsAt().toLocalDate()))
                .toList();
    }
}
