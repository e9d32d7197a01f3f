package fr.maillage.governance;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.shared.Mails;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.files.FileStore;
import fr.maillage.shared.files.StoredFile;
import fr.maillage.shared.mail.OutgoingMail;
import fr.maillage.shared.pdf.PdfDocuments;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.text.RichText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishing minutes: a frozen version (attendance, minutes per item, decisions, follow-ups) that
 * a correction never overwrites, its PDF from the same template as the page, sending it to the
 * members, and the meeting recorded on the timeline of the organisations that attended.
 */
@Service
@Transactional
public class PublishMinutes {

    private static final Logger LOG = LoggerFactory.getLogger(PublishMinutes.class);

    public static final String MINUTES = "governance-minutes";
    public static final String TIMELINE_KIND = "MEETING_ATTENDED";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private final GovernanceManagement governance;
    private final HoldMeeting hold;
    private final MinutesVersions versions;
    private final DirectoryManagement directory;
    private final PdfDocuments pdfs;
    private final MailOutbox outbox;
    private final JsonMapper json;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final FileStore files;

    PublishMinutes(GovernanceManagement governance, HoldMeeting hold, MinutesVersions versions,
            DirectoryManagement directory, PdfDocuments pdfs, MailOutbox outbox, JsonMapper json,
            MessageSource messages, ApplicationEventPublisher events, FileStore files) {
        this.files = files;
        this.governance = governance;
        this.hold = hold;
        this.versions = versions;
        this.directory = directory;
        this.pdfs = pdfs;
        this.outbox = outbox;
        this.json = json;
        this.messages = messages;
        this.events = events;
    }

    /**
     * Publishes the minutes as they stand; a later publication is a correction, a new version,
     * and the previous ones stay readable.
     */
    public MinutesVersion publish(Long workspaceId, Long meetingId, String publishedBy, String correctionNote) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        List<MinutesVersion> previous = versions.findByMeetingIdOrderByNumberDesc(meetingId);
        MinutesContent content = draft(workspaceId, meeting);
        previous.forEach(MinutesVersion::supersede);
        versions.flush();
        String title = text("governance.minutes.versionTitle", content.bodyName(), content.meetingTitle(),
                SHORT.format(meeting.getStartsAt()));
        MinutesVersion version = versions.save(new MinutesVersion(meeting, previous.size() + 1, publishedBy,
                correctionNote, title, json.writeValueAsString(content), plainText(content)));
        if (meeting.getStatus() != MeetingStatus.HELD) {
            meeting.markHeld();
        }
        if (previous.isEmpty()) {
            recordOnTimelines(workspaceId, meeting, content.bodyName());
        }
        events.publishEvent(new SearchableContent("minutes", meetingId, workspaceId, false, title,
                version.getPlainText(), List.of(), List.of(), meeting.getDate().getYear(),
                versionPath(workspaceId, meetingId, version.getNumber())));
        return version;
    }

    /** What the minutes would say if published now. */
    public MinutesContent draft(Long workspaceId, Meeting meeting) {
        Body body = governance.body(workspaceId, meeting.getBodyId());
        List<Attendance> lines = hold.attendance(workspaceId, meeting.getId());
        Quorum quorum = Quorum.of(body, lines);
        String quorumText = quorum.rule() == QuorumRule.NONE
                ? text("governance.quorum.none", quorum.counted(), quorum.voting())
                : text(quorum.reached() ? "governance.quorum.reached" : "governance.quorum.notReached") + " — "
                        + text("governance.quorum.detail", quorum.counted(), quorum.voting(), quorum.required());
        return new MinutesContent(body.getName(), meeting.getTitle(),
                text("governance.meeting.whenValue", DAY.format(meeting.getStartsAt()),
                        HOUR.format(meeting.getStartsAt()), HOUR.format(meeting.getEndsAt())),
                meeting.getPlace() != null ? meeting.getPlace() : meeting.getVideoLink(), quorumText,
                lines.stream().map(a -> new MinutesContent.Line(a.getName(),
                        text("governance.function." + a.getFunction()), text("governance.attendance." + a.getStatus()),
                        a.getRepresentedBy(), a.isVoting())).toList(),
                governance.agenda(meeting.getId()).stream().map(i -> new MinutesContent.Item(i.getPosition(),
                        i.getTitle(), i.getPresenter(), i.getMinutesHtml())).toList(),
                hold.decisionsOf(meeting.getId()).stream().map(d -> new MinutesContent.Decision(d.getNumber(),
                        d.getTitle(), d.getText(), text("governance.decisionStatus." + d.getStatus()))).toList(),
                hold.followUpsOf(meeting.getId()).stream().map(f -> new MinutesContent.Task(f.getTitle(),
                        f.getOwnerName(), f.getDueDate() == null ? text("governance.followUp.noDue")
                                : SHORT.format(f.getDueDate()),
                        text("governance.followUpStatus." + f.getStatus()))).toList());
    }

    @Transactional(readOnly = true)
    public List<MinutesVersion> versions(Long meetingId) {
        return versions.findByMeetingIdOrderByNumberDesc(meetingId);
    }

    @Transactional(readOnly = true)
    public MinutesVersion version(Long workspaceId, Long meetingId, int number) {
        governance.meeting(workspaceId, meetingId);
        return versions.findByMeetingIdAndNumber(meetingId, number)
                .orElseThrow(() -> new NotFoundException("minutes " + meetingId + "/" + number));
    }

    public MinutesContent content(MinutesVersion version) {
        return json.readValue(version.getContentJson(), MinutesContent.class);
    }

    /**
     * The PDF of a version, drawn from the same fragment as its page. A published version never
     * changes, so it is drawn once, at the first request, and kept in the file store; it is drawn
     * again only when the kept file is missing.
     */
    public byte[] pdf(MinutesVersion version) {
        String key = version.getPdfKey();
        if (key != null) {
            byte[] kept = kept(key);
            if (kept != null) {
                return kept;
            }
            LOG.warn("The PDF of minutes version {} is missing from the file store: drawing it again", version.getId());
        }
        byte[] pdf = pdfs.render("governance/minutes-pdf", Map.of("minutes", content(version), "version", version));
        StoredFile stored = files.store("compte-rendu-" + version.getMeetingId() + "-v" + version.getNumber() + ".pdf",
                new ByteArrayInputStream(pdf), Long.MAX_VALUE, Set.of());
        if (versions.keepPdf(version.getId(), stored.key(), key) == 1) {
            version.keepPdf(stored.key());
        } else {
            files.delete(stored.key());
        }
        return pdf;
    }

    private byte[] kept(String key) {
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (UncheckedIOException | IOException e) {
            return null;
        }
    }

    /** The émargement to print and sign: one line per member sitting that day. */
    public byte[] attendanceSheet(Long workspaceId, Long meetingId) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        return pdfs.render("governance/attendance-pdf", Map.of("minutes", draft(workspaceId, meeting)));
    }

    /** Sends the current version's PDF to every member with an address. Returns how many. */
    public int send(Long workspaceId, Long meetingId) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        MinutesVersion version = versions.findByMeetingIdAndCurrentTrue(meetingId)
                .orElseThrow(() -> new NotFoundException("minutes " + meetingId));
        byte[] pdf = pdf(version);
        Set<String> sent = new HashSet<>();
        for (BodyMember member : governance.members(meeting.getBodyId())) {
            if (member.getEmail() != null && member.sitsOn(meeting.getDate())
                    && sent.add(member.getEmail().toLowerCase(Locale.ROOT))) {
                outbox.enqueue(OutgoingMail.text(member.getEmail(),
                        text("governance.mail.minutes.subject", version.getTitle()),
                        text("governance.mail.minutes.text", member.getName(), version.getTitle(), version.getNumber()),
                        MINUTES, meetingId.toString())
                        .withAttachment(new Mails.Attachment("compte-rendu-v" + version.getNumber() + ".pdf",
                                "application/pdf", pdf)));
            }
        }
        return sent.size();
    }

    public static String versionPath(Long workspaceId, Long meetingId, int number) {
        return "/espaces/" + workspaceId + "/seances/" + meetingId + "/compte-rendu/versions/" + number;
    }

    private void recordOnTimelines(Long workspaceId, Meeting meeting, String bodyName) {
        Set<Long> organisations = hold.attendance(workspaceId, meeting.getId()).stream()
                .filter(a -> a.getStatus().counts() && a.getOrganisationId() != null)
                .map(Attendance::getOrganisationId).collect(Collectors.toSet());
        String label = text("governance.timeline.attended", bodyName, SHORT.format(meeting.getStartsAt()));
        String link = "/espaces/" + workspaceId + "/seances/" + meeting.getId();
        organisations.forEach(o -> directory.record(o, workspaceId, TIMELINE_KIND, label, link));
    }

    private static String plainText(MinutesContent c) {
        return Stream.of(Stream.of(c.bodyName(), c.meetingTitle()),
                c.items().stream().flatMap(i -> Stream.of(i.title(), RichText.plain(i.html()))),
                c.decisions().stream().flatMap(d -> Stream.of(d.number(), d.title(), d.text())),
                c.followUps().stream().map(MinutesContent.Task::title))
                .flatMap(s -> s).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("\n"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
