package fr.maillage.governance;

import fr.maillage.directory.Contact;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.LinkedObject;
import fr.maillage.shared.LinkedObjectProvider;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.Tokens;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of preparing governance: bodies and their members, meetings and their agenda,
 * with links to other modules' records through their {@link LinkedObjectProvider}s (none are
 * needed). Every method names the workspace, and a record of another workspace is "not found".
 */
@Service
@Transactional
public class GovernanceManagement {

    static final int PROPOSALS = 20;

    private final Bodies bodies;
    private final BodyMembers members;
    private final Meetings meetings;
    private final AgendaItems items;
    private final FollowUps followUps;
    private final DirectoryManagement directory;
    private final List<LinkedObjectProvider> providers;

    GovernanceManagement(Bodies bodies, BodyMembers members, Meetings meetings, AgendaItems items,
            FollowUps followUps, DirectoryManagement directory, List<LinkedObjectProvider> providers) {
        this.bodies = bodies;
        this.members = members;
        this.meetings = meetings;
        this.items = items;
        this.followUps = followUps;
        this.directory = directory;
        this.providers = providers;
    }

    public Body createBody(Long workspaceId, BodyDetails details) {
        return bodies.save(new Body(workspaceId, details));
    }

    public Body updateBody(Long workspaceId, Long bodyId, long expectedVersion, BodyDetails details) {
        Body body = body(workspaceId, bodyId);
        checkVersion(body.getVersion(), expectedVersion, Body.class, bodyId);
        body.describe(details);
        return body;
    }

    @Transactional(readOnly = true)
    public Body body(Long workspaceId, Long bodyId) {
        return bodies.findByIdAndWorkspaceId(bodyId, workspaceId)
                .orElseThrow(() -> new NotFoundException("body " + bodyId));
    }

    @Transactional(readOnly = true)
    public Page<Body> bodies(Long workspaceId, Pageable pageable) {
        return bodies.findByWorkspaceIdOrderByNameAsc(workspaceId, pageable);
    }

    @Transactional(readOnly = true)
    public List<Body> allBodies(Long workspaceId) {
        return bodies.findByWorkspaceIdOrderByNameAsc(workspaceId);
    }

    /**
     * A new secret address for the body's calendar feed; the previous one stops working.
     *
     * @return the secret, shown once to the user (only its hash is kept)
     */
    public String renewFeed(Long workspaceId, Long bodyId) {
        String secret = Tokens.random();
        body(workspaceId, bodyId).useFeedToken(Tokens.hash(secret));
        return secret;
    }

    public void revokeFeed(Long workspaceId, Long bodyId) {
        body(workspaceId, bodyId).useFeedToken(null);
    }

    /** The body whose feed the secret opens, if any. */
    @Transactional(readOnly = true)
    public Optional<Body> bodyOfFeed(String secret) {
        return secret == null || secret.isBlank() ? Optional.empty() : bodies.findByFeedTokenHash(Tokens.hash(secret));
    }

    /** The meetings a body's feed shows: from a year ago on, at most 500. */
    @Transactional(readOnly = true)
    public List<Meeting> feedMeetings(Body body) {
        return meetings.findByBodyIdAndStartsAtAfterOrderByStartsAtAsc(body.getId(),
                java.time.LocalDateTime.now().minusYears(1), PageRequest.of(0, 500));
    }

    /** Adds an organisation or a contact of the workspace to a body. */
    public BodyMember addMember(Long workspaceId, Long bodyId, MemberDetails details) {
        body(workspaceId, bodyId);
        Resolved who = resolve(workspaceId, details);
        return members.save(new BodyMember(bodyId, who.name(), who.details()));
    }

    public BodyMember updateMember(Long workspaceId, Long bodyId, Long memberId, long expectedVersion,
            MemberDetails details) {
        BodyMember member = member(workspaceId, bodyId, memberId);
        checkVersion(member.getVersion(), expectedVersion, BodyMember.class, memberId);
        Resolved who = resolve(workspaceId, details);
        member.describe(who.name(), who.details());
        return member;
    }

    public void removeMember(Long workspaceId, Long bodyId, Long memberId) {
        members.delete(member(workspaceId, bodyId, memberId));
    }

    @Transactional(readOnly = true)
    public BodyMember member(Long workspaceId, Long bodyId, Long memberId) {
        body(workspaceId, bodyId);
        return members.findById(memberId).filter(m -> m.getBodyId().equals(bodyId))
                .orElseThrow(() -> new NotFoundException("member " + memberId));
    }

    /** Members by function (présidents first), then name. */
    @Transactional(readOnly = true)
    public List<BodyMember> members(Long bodyId) {
        return members.findByBodyIdOrderByFunctionAscNameAsc(bodyId);
    }

    public Meeting planMeeting(Long workspaceId, Long bodyId, MeetingDetails details) {
        body(workspaceId, bodyId);
        return meetings.save(new Meeting(workspaceId, bodyId, details));
    }

    public Meeting updateMeeting(Long workspaceId, Long meetingId, long expectedVersion, MeetingDetails details) {
        Meeting meeting = meeting(workspaceId, meetingId);
        checkVersion(meeting.getVersion(), expectedVersion, Meeting.class, meetingId);
        meeting.describe(details);
        return meeting;
    }

    @Transactional(readOnly = true)
    public Meeting meeting(Long workspaceId, Long meetingId) {
        return meetings.findByIdAndWorkspaceId(meetingId, workspaceId)
                .orElseThrow(() -> new NotFoundException("meeting " + meetingId));
    }

    /** The meeting of an invitation (already checked by its secret). */
    @Transactional(readOnly = true)
    public Meeting meetingForInvitation(Invitation invitation) {
        return meetings.findById(invitation.getMeetingId()).orElseThrow(() -> new NotFoundException("meeting"));
    }

    @Transactional(readOnly = true)
    public Body bodyOf(Meeting meeting) {
        return body(meeting.getWorkspaceId(), meeting.getBodyId());
    }

    @Transactional(readOnly = true)
    public Page<Meeting> meetingsOf(Long bodyId, Pageable pageable) {
        return meetings.findByBodyIdOrderByStartsAtDesc(bodyId, pageable);
    }

    @Transactional(readOnly = true)
    public Page<Meeting> meetings(Long workspaceId, Pageable pageable) {
        return meetings.findByWorkspaceIdOrderByStartsAtDesc(workspaceId, pageable);
    }

    public AgendaItem addItem(Long workspaceId, Long meetingId, String title, String presenter,
            Integer durationMinutes) {
        meeting(workspaceId, meetingId);
        return items.save(new AgendaItem(meetingId, (int) items.countByMeetingId(meetingId) + 1, title, presenter,
                durationMinutes, null));
    }

    /** Puts an open follow-up of the body on the agenda, to review where it stands. */
    public AgendaItem proposeFollowUp(Long workspaceId, Long meetingId, Long followUpId) {
        Meeting meeting = meeting(workspaceId, meetingId);
        FollowUp followUp = followUps.findByIdAndWorkspaceId(followUpId, workspaceId)
                .filter(f -> f.getBodyId().equals(meeting.getBodyId()))
                .orElseThrow(() -> new NotFoundException("follow-up " + followUpId));
        return items.save(new AgendaItem(meetingId, (int) items.countByMeetingId(meetingId) + 1,
                followUp.getTitle(), followUp.getOwnerName(), null, followUp.getId()));
    }

    public void updateItem(Long workspaceId, Long itemId, long expectedVersion, String title, String presenter,
            Integer durationMinutes) {
        AgendaItem item = item(workspaceId, itemId);
        checkVersion(item.getVersion(), expectedVersion, AgendaItem.class, itemId);
        item.describe(title, presenter, durationMinutes);
    }

    public void removeItem(Long workspaceId, Long itemId) {
        AgendaItem item = item(workspaceId, itemId);
        items.delete(item);
        items.flush();
        renumber(item.getMeetingId());
    }

    /** Moves an item one place up (or down) the agenda. */
    public void moveItem(Long workspaceId, Long itemId, boolean up) {
        AgendaItem item = item(workspaceId, itemId);
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAscIdAsc(item.getMeetingId());
        int index = agenda.indexOf(item);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= agenda.size()) {
            return;
        }
        agenda.set(index, agenda.get(other));
        agenda.set(other, item);
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).moveTo(i + 1);
        }
    }

    /** Links a record of another module (found through its provider, in this workspace only). */
    public void linkItem(Long workspaceId, Long itemId, String type, Long objectId) {
        item(workspaceId, itemId).link(linked(workspaceId, type, objectId));
    }

    public void unlinkItem(Long workspaceId, Long itemId, String type, Long objectId) {
        item(workspaceId, itemId).unlink(type, objectId);
    }

    @Transactional(readOnly = true)
    public AgendaItem item(Long workspaceId, Long itemId) {
        AgendaItem item = items.findById(itemId).orElseThrow(() -> new NotFoundException("item " + itemId));
        meeting(workspaceId, item.getMeetingId());
        return item;
    }

    @Transactional(readOnly = true)
    public List<AgendaItem> agenda(Long meetingId) {
        return items.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
    }

    /** The body's open follow-ups not yet on this meeting's agenda, soonest due first. */
    @Transactional(readOnly = true)
    public List<FollowUp> proposals(Meeting meeting) {
        Set<Long> onAgenda = agenda(meeting.getId()).stream().map(AgendaItem::getFollowUpId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return followUps.findByBodyIdAndStatusInOrderByDueDateAscIdAsc(meeting.getBodyId(), FollowUpStatus.OPEN,
                PageRequest.of(0, PROPOSALS + onAgenda.size())).stream()
                .filter(f -> !f.getMeetingId().equals(meeting.getId()) && !onAgenda.contains(f.getId()))
                .limit(PROPOSALS).toList();
    }

    /** The link providers present (programme, funding, evaluation), by type. */
    public List<LinkedObjectProvider> providers() {
        java.util.Map<String, LinkedObjectProvider> byType = new java.util.TreeMap<>();
        providers.forEach(p -> byType.putIfAbsent(p.type(), p));
        return List.copyOf(byType.values());
    }

    /** Candidates of one type for a link, matching the words. */
    @Transactional(readOnly = true)
    public List<LinkedObject> linkCandidates(Long workspaceId, String type, String query) {
        return providers(type).stream().flatMap(p -> p.search(workspaceId, query, 10).stream()).limit(10).toList();
    }

    LinkRef linked(Long workspaceId, String type, Long objectId) {
        LinkedObject object = providers(type).stream().map(p -> p.find(workspaceId, objectId))
                .flatMap(java.util.Optional::stream).findFirst()
                .orElseThrow(() -> new BusinessRuleException("governance.link.unknown"));
        return new LinkRef(object.type(), object.id(), object.label(), object.url());
    }

    /** Every provider of a type (usually one; several may share a type, e.g. a test's beside the real one). */
    private List<LinkedObjectProvider> providers(String type) {
        List<LinkedObjectProvider> found = providers.stream().filter(p -> p.type().equals(type)).toList();
        if (found.isEmpty()) {
            throw new BusinessRuleException("governance.link.type.unknown", type);
        }
        return found;
    }

    private void renumber(Long meetingId) {
        List<AgendaItem> agenda = items.findByMeetingIdOrderByPositionAscIdAsc(meetingId);
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i).moveTo(i + 1);
        }
    }

    private record Resolved(String name, MemberDetails details) {
    }

    /**
     * The member's name as the directory knows it ("Nadia Benali (Centre social Ouest)"), his
     * organisation (the contact's first one when none is given) and a default address.
     */
    private Resolved resolve(Long workspaceId, MemberDetails d) {
        if (d.contactId() != null) {
            Contact contact = directory.contact(workspaceId, d.contactId());
            Long organisationId = d.organisationId() != null ? d.organisationId()
                    : contact.getAffiliations().stream().map(a -> a.organisationId()).findFirst().orElse(null);
            Organisation organisation = organisationId == null ? null : directory.organisation(organisationId);
            String name = organisation == null ? contact.fullName()
                    : contact.fullName() + " (" + organisation.label() + ")";
            String email = d.email() == null || d.email().isBlank() ? contact.getEmail() : d.email();
            return new Resolved(name, new MemberDetails(organisationId, contact.getId(), email, d.function(),
                    d.college(), d.mandateStart(), d.mandateEnd(), d.voting()));
        }
        if (d.organisationId() == null) {
            throw new BusinessRuleException("governance.member.who.required");
        }
        Organisation organisation = directory.organisation(d.organisationId());
        String email = d.email() == null || d.email().isBlank() ? organisation.getEmail() : d.email();
        return new Resolved(organisation.label(), new MemberDetails(organisation.getId(), null, email, d.function(),
                d.college(), d.mandateStart(), d.mandateEnd(), d.voting()));
    }

    static void checkVersion(long actual, long expected, Class<?> type, Long id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
