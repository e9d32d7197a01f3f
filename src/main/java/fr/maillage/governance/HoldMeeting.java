package fr.maillage.governance;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.text.RichText;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holding a meeting: the émargement and its quorum, the minutes of each agenda item, the
 * decisions (numbered per body and year) and the follow-ups with their owners.
 */
@Service
@Transactional
public class HoldMeeting {

    private final GovernanceManagement governance;
    private final Attendances attendances;
    private final Invitations invitations;
    private final AgendaItems items;
    private final Decisions decisions;
    private final FollowUps followUps;
    private final WorkspaceAccess access;
    private final WorkspaceManagement workspaces;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;

    HoldMeeting(GovernanceManagement governance, Attendances attendances, Invitations invitations, AgendaItems items,
            Decisions decisions, FollowUps followUps, WorkspaceAccess access, WorkspaceManagement workspaces,
            AccountManagement accounts, ApplicationEventPublisher events) {
        this.governance = governance;
        this.attendances = attendances;
        this.invitations = invitations;
        this.items = items;
        this.decisions = decisions;
        this.followUps = followUps;
        this.access = access;
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * The émargement sheet; its lines are created the first time from the members sitting on the
     * meeting's day, pre-filled with their answers to the invitation.
     */
    public List<Attendance> attendance(Long workspaceId, Long meetingId) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        List<Attendance> lines = attendances.findByMeetingIdOrderByNameAsc(meetingId);
        if (!lines.isEmpty()) {
            return lines;
        }
        Map<Long, Invitation> answers = invitations.findByMeetingIdOrderByNameAsc(meetingId).stream()
                .collect(Collectors.toMap(Invitation::getMemberId, Function.identity(), (a, b) -> a));
        List<Attendance> created = new ArrayList<>();
        for (BodyMember member : governance.members(meeting.getBodyId())) {
            if (member.sitsOn(meeting.getDate())) {
                Invitation invitation = answers.get(member.getId());
                AttendanceStatus initial = invitation == null ? AttendanceStatus.ABSENT : switch (invitation.getAnswer()) {
                    case PRESENT -> AttendanceStatus.PRESENT;
                    case REPRESENTED -> AttendanceStatus.REPRESENTED;
                    case ABSENT -> AttendanceStatus.EXCUSED;
                    case PENDING -> AttendanceStatus.ABSENT;
                };
                created.add(new Attendance(meetingId, member, initial,
                        invitation == null ? null : invitation.getRepresentedBy()));
            }
        }
        attendances.saveAll(created);
        return attendances.findByMeetingIdOrderByNameAsc(meetingId);
    }

    /** Marks one line of the sheet. */
    public Attendance mark(Long workspaceId, Long meetingId, Long attendanceId, AttendanceStatus status,
            String representedBy) {
        governance.meeting(workspaceId, meetingId);
        Attendance line = attendances.findByIdAndMeetingId(attendanceId, meetingId)
                .orElseThrow(() -> new NotFoundException("attendance " + attendanceId));
        line.mark(status, representedBy);
        return line;
    }

    @Transactional(readOnly = true)
    public Quorum quorum(Long workspaceId, Long meetingId) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        return Quorum.of(governance.body(workspaceId, meeting.getBodyId()),
                attendances.findByMeetingIdOrderByNameAsc(meetingId));
    }

    /** Marks the meeting as held: attendance is then what the minutes report. */
    public void close(Long workspaceId, Long meetingId) {
        attendance(workspaceId, meetingId);
        governance.meeting(workspaceId, meetingId).markHeld();
    }

    /** Writes the minutes of an agenda item (rich text, sanitised before it is stored). */
    public void writeMinutes(Long workspaceId, Long itemId, String html) {
        governance.item(workspaceId, itemId).writeMinutes(RichText.sanitize(html));
    }

    /**
     * Records a decision under the body's next number for the year. A decision adopted that
     * validates the programme tells the funding module which applications it validates.
     */
    public DecisionRecord recordDecision(Long workspaceId, Long meetingId, DecisionDetails d) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        Body body = governance.body(workspaceId, meeting.getBodyId());
        if (d.agendaItemId() != null) {
            AgendaItem item = governance.item(workspaceId, d.agendaItemId());
            if (!item.getMeetingId().equals(meetingId)) {
                throw new NotFoundException("item " + d.agendaItemId());
            }
        }
        List<LinkRef> links = d.links() == null ? List.of()
                : d.links().stream().map(l -> governance.linked(workspaceId, l.type(), l.id())).toList();
        int next = decisions.lastNumber(body.getId(), meeting.getDate().getYear()) + 1;
        DecisionRecord decision = decisions.save(new DecisionRecord(meeting, body, next, d.agendaItemId(), d.title(),
                d.text(), d.status(), d.validatesProgramme(), links));
        publishSearchable(decision, meetingId);
        if (decision.isValidatesProgramme() && decision.getStatus() == DecisionStatus.ADOPTEE) {
            events.publishEvent(new ProgrammeValidated(workspaceId, meetingId, decision.getId(),
                    decision.getDecidedOn(), decision.label(), decision.getLinks().stream()
                            .filter(l -> "application".equals(l.type())).map(LinkRef::objectId).toList()));
        }
        return decision;
    }

    @Transactional(readOnly = true)
    public List<DecisionRecord> decisionsOf(Long meetingId) {
        return decisions.findByMeetingIdOrderBySequenceNumberAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public DecisionRecord decision(Long workspaceId, Long decisionId) {
        return decisions.findByIdAndWorkspaceId(decisionId, workspaceId)
                .orElseThrow(() -> new NotFoundException("decision " + decisionId));
    }

    @Transactional(readOnly = true)
    public Page<DecisionRecord> register(Long workspaceId, Long bodyId, Integer year, DecisionStatus status,
            Pageable pageable) {
        Page<DecisionRecord> page = decisions.register(workspaceId, bodyId, year, status, pageable);
        page.forEach(DecisionRecord::getLinks); // loaded in batches while the session is open
        return page;
    }

    @Transactional(readOnly = true)
    public List<Integer> decisionYears(Long workspaceId) {
        return decisions.yearsOf(workspaceId);
    }

    /**
     * Assigns a follow-up to a member of the workspace.
     *
     * @throws BusinessRuleException when the owner is not a member of the workspace
     */
    public FollowUp recordFollowUp(Long workspaceId, Long meetingId, Long decisionId, String title,
            String description, Long ownerUserId, LocalDate dueDate) {
        Meeting meeting = governance.meeting(workspaceId, meetingId);
        if (ownerUserId == null || access.roleOf(workspaceId, ownerUserId).isEmpty()) {
            throw new BusinessRuleException("governance.followUp.owner.member");
        }
        if (decisionId != null) {
            decision(workspaceId, decisionId);
        }
        UserAccount owner = accounts.get(ownerUserId);
        return followUps.save(new FollowUp(meeting, decisionId, title, description, ownerUserId,
                owner.getDisplayName(), dueDate));
    }

    /**
     * Assigns a follow-up to a partner who is not yet a member: he is invited to the workspace as
     * contributeur (an account is created for him when needed), then owns the follow-up.
     */
    public FollowUp recordFollowUpForPartner(Long workspaceId, Long meetingId, Long decisionId, String title,
            String description, String email, String displayName, LocalDate dueDate, String inviterName) {
        Long userId = accounts.findByEmail(email).map(UserAccount::getId).orElse(null);
        if (userId == null || access.roleOf(workspaceId, userId).isEmpty()) {
            userId = workspaces.invite(workspaceId, email, displayName, WorkspaceRole.CONTRIBUTEUR, inviterName)
                    .getUserId();
        }
        return recordFollowUp(workspaceId, meetingId, decisionId, title, description, userId, dueDate);
    }

    public FollowUp updateFollowUp(Long workspaceId, Long followUpId, long expectedVersion, FollowUpStatus status,
            String note) {
        FollowUp followUp = followUp(workspaceId, followUpId);
        GovernanceManagement.checkVersion(followUp.getVersion(), expectedVersion, FollowUp.class, followUpId);
        followUp.update(status, note);
        return followUp;
    }

    @Transactional(readOnly = true)
    public FollowUp followUp(Long workspaceId, Long followUpId) {
        return followUps.findByIdAndWorkspaceId(followUpId, workspaceId)
                .orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
    }

    @Transactional(readOnly = true)
    public List<FollowUp> followUpsOf(Long meetingId) {
        return followUps.findByMeetingIdOrderByIdAsc(meetingId);
    }

    @Transactional(readOnly = true)
    public Page<FollowUp> followUps(Long workspaceId, Long ownerUserId, Long bodyId, boolean openOnly,
            Pageable pageable) {
        return followUps.list(workspaceId, ownerUserId, bodyId,
                openOnly ? FollowUpStatus.OPEN : List.of(FollowUpStatus.values()), pageable);
    }

    /** A user's open follow-ups in every workspace, soonest due first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<FollowUp> openFollowUpsOf(Long userId, int limit) {
        return followUps.ownedBy(userId, FollowUpStatus.OPEN, org.springframework.data.domain.PageRequest.of(0, limit));
    }

    @Transactional(readOnly = true)
    public long countOpenFollowUpsOf(Long userId) {
        return followUps.countByOwnerUserIdAndStatusIn(userId, FollowUpStatus.OPEN);
    }

    private void publishSearchable(DecisionRecord d, Long meetingId) {
        events.publishEvent(new SearchableContent("decision", d.getId(), d.getWorkspaceId(), false, d.label(),
                d.getText() == null ? d.getTitle() : d.getTitle() + " " + d.getText(), List.of(), List.of(),
                d.getYear(), "/espaces/" + d.getWorkspaceId() + "/seances/" + meetingId + "#decision-" + d.getId()));
    }
}
