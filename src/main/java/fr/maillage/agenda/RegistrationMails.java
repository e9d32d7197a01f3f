package fr.maillage.agenda;

import fr.maillage.agenda.internal.EventCalendar;
import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.Mails;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of registrations, queued in the shared outbox inside the caller's transaction: a
 * registration exists exactly when its e-mail is queued.
 */
@Component
class RegistrationMails {

    static final String CATEGORY = "agenda";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    private final MailOutbox outbox;
    private final EventSessions sessions;
    private final MaillageProperties properties;
    private final MessageSource messages;

    RegistrationMails(MailOutbox outbox, EventSessions sessions, MaillageProperties properties,
            MessageSource messages) {
        this.outbox = outbox;
        this.sessions = sessions;
        this.properties = properties;
        this.messages = messages;
    }

    void confirmed(Event event, Registration registration, String cancelSecret) {
        List<EventSession> all = sessions.findByEventIdOrderByStartsAtAscIdAsc(event.getId());
        String body = text("agenda.mail.confirmed.body", registration.getFullName(), event.getTitle(),
                schedule(all), where(event), properties.link("/evenements/annulation/" + cancelSecret),
                properties.link(event.publicPath()));
        outbox.enqueue(OutgoingMail.text(registration.getEmail(), text("agenda.mail.confirmed.subject",
                        event.getTitle()), body, CATEGORY, reference(event))
                .withAttachment(new Mails.Attachment("evenement-" + event.getId() + ".ics",
                        "text/calendar; charset=UTF-8; method=PUBLISH", calendar(event, all))));
    }

    void waiting(Event event, Registration registration, long position, String cancelSecret) {
        String body = text("agenda.mail.waiting.body", registration.getFullName(), event.getTitle(), position,
                schedule(sessions.findByEventIdOrderByStartsAtAscIdAsc(event.getId())),
                properties.link("/evenements/annulation/" + cancelSecret));
        outbox.enqueue(OutgoingMail.text(registration.getEmail(), text("agenda.mail.waiting.subject",
                event.getTitle()), body, CATEGORY, reference(event)));
    }

    void promoted(Event event, Registration registration, String cancelSecret) {
        List<EventSession> all = sessions.findByEventIdOrderByStartsAtAscIdAsc(event.getId());
        String body = text("agenda.mail.promoted.body", registration.getFullName(), event.getTitle(),
                schedule(all), where(event), properties.link("/evenements/annulation/" + cancelSecret));
        outbox.enqueue(OutgoingMail.text(registration.getEmail(), text("agenda.mail.promoted.subject",
                        event.getTitle()), body, CATEGORY, reference(event))
                .withAttachment(new Mails.Attachment("evenement-" + event.getId() + ".ics",
                        "text/calendar; charset=UTF-8; method=PUBLISH", calendar(event, all))));
    }

    void cancelledByYou(Event event, Registration registration) {
        outbox.enqueue(OutgoingMail.text(registration.getEmail(), text("agenda.mail.cancelled.subject",
                event.getTitle()), text("agenda.mail.cancelled.body", registration.getFullName(), event.getTitle()),
                CATEGORY, reference(event)));
    }

    void eventCancelled(Event event, Registration registration) {
        outbox.enqueue(OutgoingMail.text(registration.getEmail(), text("agenda.mail.eventCancelled.subject",
                event.getTitle()), text("agenda.mail.eventCancelled.body", registration.getFullName(),
                event.getTitle()), CATEGORY, reference(event)));
    }

    void survey(Event event, Registration registration, String secret) {
        outbox.enqueue(OutgoingMail.text(registration.getEmail(), text("agenda.mail.survey.subject",
                event.getTitle()), text("agenda.mail.survey.body", registration.getFullName(), event.getTitle(),
                properties.link("/evenements/questionnaire/" + secret)), CATEGORY + "-survey", reference(event)));
    }

    static String reference(Event event) {
        return String.valueOf(event.getId());
    }

    byte[] calendar(Event event, List<EventSession> all) {
        return EventCalendar.ics(all.stream().map(s -> new EventCalendar.Entry(s.getId(),
                all.size() > 1 ? event.getTitle() + " – " + s.getTitle() : event.getTitle(), s.getStartsAt(),
                s.getEndsAt(), s.getPlace() != null ? s.getPlace() : event.getPlace() != null ? event.getPlace()
                        : event.getOnlineUrl(),
                event.getSummary(), properties.link(event.publicPath()))).toList());
    }

    private String schedule(List<EventSession> all) {
        return all.stream().map(s -> "- " + s.getTitle() + " : " + DAY.format(s.getStartsAt()) + ", "
                + HOUR.format(s.getStartsAt()) + " – " + HOUR.format(s.getEndsAt())
                + (s.getPlace() == null ? "" : " (" + s.getPlace() + ")")).collect(Collectors.joining("\n"));
    }

    private String where(Event event) {
        if (event.getPlace() != null && event.getOnlineUrl() != null) {
            return event.getPlace() + " / " + event.getOnlineUrl();
        }
        return event.getPlace() != null ? event.getPlace() : event.getOnlineUrl() == null ? "" : event.getOnlineUrl();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }
}
