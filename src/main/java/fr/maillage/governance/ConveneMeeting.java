package fr.maillage.governance;

import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.Mails;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.Tokens;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convening a meeting: one e-mail per member with an address, queued in the outbox (so it is
 * retried, and a failure shows on the meeting page), carrying the iCalendar invitation and a
 * personal answer link. Only the hash of the link's secret is kept: each sending (a reminder, a
 * new convocation after a change) gives a new link, and the previous one stops working.
 */
@Service
@Transactional
public class ConveneMeeting {

    public static final String INVITATION = "governance-invitation";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.FRANCE);

    private final GovernanceManagement governance;
    private final Invitations invitations;
    private final MeetingCalendar calendar;
    private final MailOutbox outbox;
    private final MaillageProperties properties;
    private final MessageSource messages;

    ConveneMeeting(GovernanceManagement governance, Invitations invitations, MeetingCalendar calendar,
            MailOutbox outbox, MaillageProperties properties, MessageSource messages) {
        this.governance = governance;
        this.invitations = invitations;
        this.calendar = calendar;
        this.outbox = outbox;
        this.properties = properties;
        this.messages = messages;
    }

    /** How many invitations were queued, and which members have no address to write to. */
    public record Convened(int queued, List<String> withoutAddress) {
    }

    /** Invites every member sitting on the meeting's day (again, when already convened). */
    public Convened convene(Long workspaceId, Long meetingId) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        Body body = governance.body(workspaceId, meeting.getBodyId());
        String agenda = agendaText(meeting);
        Map<Long, Invitation> existing = invitations.findByMeetingIdOrderByNameAsc(meetingId).stream()
                .collect(Collectors.toMap(Invitation::getMemberId, Function.identity(), (a, b) -> a));
        meeting.convene();
        int queued = 0;
        List<String> withoutAddress = new java.util.ArrayList<>();
        for (BodyMember member : governance.members(body.getId())) {
            if (!member.sitsOn(meeting.getDate())) {
                continue;
            }
            if (member.getEmail() == null) {
                withoutAddress.add(member.getName());
                continue;
            }
            String secret = Tokens.random();
            Invitation invitation = existing.get(member.getId());
            if (invitation == null) {
                invitation = invitations.save(new Invitation(meetingId, member, Tokens.hash(secret)));
            } else {
                invitation.renew(Tokens.hash(secret), member.getEmail());
            }
            outbox.enqueue(mail(meeting, body, agenda, invitation, secret, "governance.mail.invitation"));
            queued++;
        }
        return new Convened(queued, withoutAddress);
    }

    /** Reminds the members who have not answered, with a new link. Returns how many. */
    public int remind(Long workspaceId, Long meetingId) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        Body body = governance.body(workspaceId, meeting.getBodyId());
        String agenda = agendaText(meeting);
        int reminded = 0;
        for (Invitation invitation : invitations.findByMeetingIdOrderByNameAsc(meetingId)) {
            if (invitation.getAnswer() == InvitationAnswer.PENDING && !invitation.isRevoked()) {
                String secret = Tokens.random();
                invitation.renew(Tokens.hash(secret), invitation.getEmail());
                invitation.reminded();
                outbox.enqueue(mail(meeting, body, agenda, invitation, secret, "governance.mail.reminder"));
                reminded++;
            }
        }
        return reminded;
    }

    /** Revokes an answer link: it answers "not found" from now on. */
    public void revoke(Long workspaceId, Long meetingId, Long invitationId) {
        governance.meeting(workspaceId, meetingId);
        invitations.findByIdAndMeetingId(invitationId, meetingId)
                .orElseThrow(() -> new NotFoundException("invitation " + invitationId)).revoke();
    }

    @Transactional(readOnly = true)
    public List<Invitation> invitations(Long meetingId) {
        return invitations.findByMeetingIdOrderByNameAsc(meetingId);
    }

    /** The invitation a secret opens, if it is still valid. */
    @Transactional(readOnly = true)
    public Optional<Invitation> invitationOf(String secret) {
        return secret == null || secret.isBlank() ? Optional.empty() : invitations.findByTokenHash(Tokens.hash(secret));
    }

    /** The holder of a link answers; an invalid or revoked link is "not found". */
    public Invitation answer(String secret, InvitationAnswer answer, String representedBy) {
        Invitation invitation = invitationOf(secret).orElseThrow(() -> new NotFoundException("invitation"));
        invitation.answer(answer, representedBy);
        return invitation;
    }

    public static String answerPath(String secret) {
        return "/portail/convocations/" + secret;
    }

    private OutgoingMail mail(Meeting meeting, Body body, String agenda, Invitation invitation, String secret,
            String kind) {
        String when = DAY.format(meeting.getStartsAt()) + ", " + HOUR.format(meeting.getStartsAt()) + " – "
                + HOUR.format(meeting.getEndsAt());
        String where = meeting.getPlace() != null ? meeting.getPlace()
                : meeting.getVideoLink() != null ? meeting.getVideoLink() : text("governance.mail.placeUnknown");
        String subject = text(kind + ".subject", body.getName(), DAY.format(meeting.getStartsAt()));
        String textBody = text(kind + ".text", invitation.getName(), body.getName(), meeting.getTitle(), when, where,
                agenda, properties.link(answerPath(secret)));
        String ics = calendar.invitation(meeting, body, agenda, invitation.getName(), invitation.getEmail());
        return OutgoingMail.text(invitation.getEmail(), subject, textBody, INVITATION, meeting.getId().toString())
                .withAttachment(new Mails.Attachment("convocation.ics", "text/calendar; method=REQUEST; charset=UTF-8",
                        ics.getBytes(StandardCharsets.UTF_8)));
    }

    private String agendaText(Meeting meeting) {
        List<AgendaItem> items = governance.agenda(meeting.getId());
        if (items.isEmpty()) {
            return text("governance.mail.agendaEmpty");
        }
        return items.stream().map(i -> i.getPosition() + ". " + i.getTitle()
                + (i.getPresenter() == null ? "" : " (" + i.getPresenter() + ")")).collect(Collectors.joining("\n"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }

}
