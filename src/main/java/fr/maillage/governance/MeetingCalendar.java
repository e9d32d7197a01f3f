package fr.maillage.governance;

import fr.maillage.shared.MaillageProperties;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

/**
 * The iCalendar (RFC 5545) texts of meetings: the invitation attached to each e-mail
 * (METHOD:REQUEST, one attendee) and a body's subscription feed (METHOD:PUBLISH). Times are
 * written in UTC, so that no VTIMEZONE is needed; the UID is the meeting's, the SEQUENCE its
 * count of sent changes.
 */
@Component
public class MeetingCalendar {

    /** Meetings are typed in French local time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final Pattern ADDRESS = Pattern.compile("<([^>]+)>");

    private final MaillageProperties properties;

    MeetingCalendar(MaillageProperties properties) {
        this.properties = properties;
    }

    /** The invitation of one person to a meeting. */
    public String invitation(Meeting meeting, Body body, String description, String attendeeName,
            String attendeeEmail) {
        Calendar calendar = calendar(ImmutableMethod.REQUEST);
        VEvent event = event(meeting, body, description);
        Attendee attendee = new Attendee(URI.create("mailto:" + attendeeEmail.strip()));
        attendee.add(new Cn(attendeeName));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.FALSE);
        event.add(attendee);
        calendar.add(event);
        return calendar.toString();
    }

    /** A body's meetings, for calendar applications that subscribe to its feed. */
    public String feed(Body body, List<Meeting> meetings) {
        Calendar calendar = calendar(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", body.getName()));
        for (Meeting meeting : meetings) {
            calendar.add(event(meeting, body, body.getName()));
        }
        return calendar.toString();
    }

    private static Calendar calendar(net.fortuna.ical4j.model.property.Method method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Maillage//Instances//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        return calendar;
    }

    private VEvent event(Meeting meeting, Body body, String description) {
        VEvent event = new VEvent(utc(meeting.getStartsAt()), utc(meeting.getEndsAt()),
                body.getName() + " — " + meeting.getTitle());
        event.add(new Uid(meeting.icsUid()));
        event.add(new Sequence(meeting.getIcsSequence()));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        String where = meeting.getPlace() != null ? meeting.getPlace() : meeting.getVideoLink();
        if (where != null) {
            event.add(new Location(where));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        event.add(new Url(URI.create(properties.link("/espaces/" + meeting.getWorkspaceId() + "/seances/"
                + meeting.getId()))));
        event.add(new Organizer(URI.create("mailto:" + senderAddress())));
        return event;
    }

    private static java.time.Instant utc(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    private String senderAddress() {
        Matcher m = ADDRESS.matcher(properties.mailFrom());
        return m.find() ? m.group(1) : properties.mailFrom().strip();
    }
}
