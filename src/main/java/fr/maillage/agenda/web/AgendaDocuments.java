package fr.maillage.agenda.web;

import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventAttendance;
import fr.maillage.agenda.EventSession;
import fr.maillage.agenda.Registration;
import fr.maillage.shared.pdf.PdfDocuments;
import fr.maillage.workspace.Workspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.stereotype.Component;

/**
 * The printed documents of an event: the sign-in sheet (émargement) of a session, with a line to
 * sign per confirmed registrant, and attendance certificates, one page per attendee listing the
 * sessions he attended and their hours.
 */
@Component
class AgendaDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final PdfDocuments pdf;
    private final AgendaManagement agenda;
    private final EventAttendance attendance;

    AgendaDocuments(PdfDocuments pdf, AgendaManagement agenda, EventAttendance attendance) {
        this.pdf = pdf;
        this.agenda = agenda;
        this.attendance = attendance;
    }

    /** One session of a certificate, formatted for print. */
    record CertificateLine(String title, String when, String hours) {
    }

    byte[] signInSheet(Workspace organiser, Event event, EventSession session) {
        return pdf.render("agenda/pdf-sign-in", Map.of("event", event, "session", session,
                "when", AgendaViews.DAY.format(session.getStartsAt()) + ", " + AgendaViews.HOUR.format(session.getStartsAt())
                        + " – " + AgendaViews.HOUR.format(session.getEndsAt()),
                "organiser", organiser.getName(),
                "lines", attendance.sheet(event.getId(), session.getId())));
    }

    /** The certificates of the given attendees (all of them when null), one page each. */
    byte[] certificates(Workspace organiser, Event event, Long onlyRegistrationId) {
        List<EventSession> sessions = agenda.sessions(event.getId());
        Map<Long, Set<Long>> attended = attendance.attendedSessions(event.getId());
        List<Registration> attendees = attendance.attendees(event.getId()).stream()
                .filter(r -> onlyRegistrationId == null || r.getId().equals(onlyRegistrationId)).toList();
        PDFMergerUtility merger = new PDFMergerUtility();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        for (Registration attendee : attendees) {
            Set<Long> present = attended.getOrDefault(attendee.getId(), Set.of());
            List<EventSession> his = sessions.stream().filter(s -> present.contains(s.getId())).toList();
            double hours = his.stream().mapToDouble(EventSession::hours).sum();
            byte[] page = pdf.render("agenda/pdf-certificate", Map.of("event", event, "attendee", attendee,
                    "organiser", organiser.getName(), "today", DATE.format(LocalDate.now()),
                    "total", hoursText(hours),
                    "lines", his.stream().map(s -> new CertificateLine(s.getTitle(), DATE.format(s.getStartsAt()),
                            hoursText(s.hours()))).toList()));
            merger.addSource(new RandomAccessReadBuffer(page));
        }
        try {
            merger.mergeDocuments(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String hoursText(double hours) {
        long minutes = Math.round(hours * 60);
        return minutes % 60 == 0 ? (minutes / 60) + " h" : (minutes / 60) + " h " + String.format("%02d", minutes % 60);
    }
}
