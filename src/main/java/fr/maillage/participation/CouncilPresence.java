package fr.maillage.participation;

import fr.maillage.governance.Attendance;
import fr.maillage.governance.AttendanceStatus;
import fr.maillage.governance.Attendances;
import fr.maillage.governance.Body;
import fr.maillage.governance.BodyMember;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.Meeting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council members' presence in the contract's governance bodies (COPIL, COTECH...), read from
 * the governance module's émargement sheets: a council member sits on a body when a member of that
 * body has the same e-mail address. Only sheets already taken are read; none is created here.
 */
@Service
@Transactional(readOnly = true)
public class CouncilPresence {

    private static final int MEETINGS_PER_BODY = 200;

    private final ParticipationManagement participation;
    private final GovernanceManagement governance;
    private final Attendances attendances;

    CouncilPresence(ParticipationManagement participation, GovernanceManagement governance, Attendances attendances) {
        this.participation = participation;
        this.governance = governance;
        this.attendances = attendances;
    }

    /** One meeting a council member was expected at, and whether he came. */
    public record Line(String body, String meeting, java.time.LocalDate date, AttendanceStatus status) {
    }

    /** A council member's presence: the meetings of the bodies he sits on whose sheet was taken. */
    public record Presence(Member member, List<Line> lines) {

        public long present() {
            return lines.stream().filter(l -> l.status() != null && l.status().counts()).count();
        }

        public int expected() {
            return lines.size();
        }
    }

    public List<Presence> of(Long workspaceId, Long councilId) {
        List<Member> members = participation.activeMembers(workspaceId, councilId).stream()
                .filter(m -> m.getEmail() != null).toList();
        Map<Long, List<Line>> lines = new HashMap<>();
        if (members.isEmpty()) {
            return List.of();
        }
        for (Body body : governance.allBodies(workspaceId)) {
            Map<Long, Member> seats = seats(members, governance.members(body.getId()));
            if (seats.isEmpty()) {
                continue;
            }
            for (Meeting meeting : governance.meetingsOf(body.getId(), PageRequest.of(0, MEETINGS_PER_BODY))) {
                for (Attendance a : attendances.findByMeetingIdOrderByNameAsc(meeting.getId())) {
                    Member m = seats.get(a.getMemberId());
                    if (m != null) {
                        lines.computeIfAbsent(m.getId(), k -> new ArrayList<>())
                                .add(new Line(body.getName(), meeting.getTitle(), meeting.getDate(), a.getStatus()));
                    }
                }
            }
        }
        List<Presence> result = new ArrayList<>();
        for (Member m : members) {
            List<Line> own = lines.getOrDefault(m.getId(), List.of()).stream()
                    .sorted(Comparator.comparing(Line::date)).toList();
            if (!own.isEmpty()) {
                result.add(new Presence(m, own));
            }
        }
        return result;
    }

    /** Body member id → council member, by e-mail address. */
    private static Map<Long, Member> seats(List<Member> members, List<BodyMember> bodyMembers) {
        Map<String, Member> byEmail = new HashMap<>();
        members.forEach(m -> byEmail.put(m.getEmail().toLowerCase(Locale.ROOT), m));
        Map<Long, Member> seats = new HashMap<>();
        for (BodyMember b : bodyMembers) {
            if (b.getEmail() != null && byEmail.containsKey(b.getEmail().toLowerCase(Locale.ROOT))) {
                seats.put(b.getId(), byEmail.get(b.getEmail().toLowerCase(Locale.ROOT)));
            }
        }
        return seats;
    }
}
