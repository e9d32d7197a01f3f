package fr.maillage.agenda.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;

/**
 * An iCalendar file (RFC 5545) with one VEVENT per session, times in UTC so that no VTIMEZONE is
 * needed; the sessions' local times are French time.
 */
public final class EventCalendar {

    /** The zone sessions are scheduled in. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** One session as the calendar shows it. */
    public record Entry(Long sessionId, String summary, LocalDateTime start, LocalDateTime end, String location,
            String description, String url) {
    }

    private EventCalendar() {
    }

    public static byte[] ics(List<Entry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Maillage//Agenda//FR"));
        calendar.add(new Version(new ParameterList(), "2.0"));
        calendar.add(new CalScale("GREGORIAN"));
        calendar.add(new Method("PUBLISH"));
        for (Entry entry : entries) {
            VEvent event = new VEvent(entry.start().atZone(ZONE).toInstant(), entry.end().atZone(ZONE).toInstant(),
                    entry.summary());
            event.add(new Uid("agenda-session-" + entry.sessionId() + "@maillage"));
            if (entry.location() != null) {
                event.add(new Location(entry.location()));
            }
            if (entry.description() != null) {
                event.add(new Description(entry.description()));
            }
            if (entry.url() != null) {
                try {
                    event.add(new Url(java.net.URI.create(entry.url())));
                } catch (IllegalArgumentException e) {
                    // a malformed address stays in the description only
                }
            }
            calendar.add(event);
        }
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }
}
