package fr.maillage.evaluation.internal;

import fr.maillage.evaluation.GovernanceView;
import fr.maillage.governance.Body;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.Meeting;
import fr.maillage.governance.MeetingStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The governance as the annual review reads it, through {@link GovernanceManagement}: the bodies and
 * the meetings they held (attendance closed) in the year.
 */
@Component
class GovernanceAdapter implements GovernanceView {

    /** More meetings than any workspace holds in the years a review looks at. */
    private static final int MAX_MEETINGS = 2000;

    private final GovernanceManagement governance;
    private final MessageSource messages;

    GovernanceAdapter(GovernanceManagement governance, MessageSource messages) {
        this.governance = governance;
        this.messages = messages;
    }

    @Override
    public Optional<List<BodyYear>> bodies(Long workspaceId, int year) {
        List<Meeting> held = governance.meetings(workspaceId, PageRequest.of(0, MAX_MEETINGS)).getContent().stream()
                .filter(m -> m.getStatus() == MeetingStatus.HELD && m.getStartsAt() != null
                        && m.getStartsAt().getYear() == year)
                .sorted(Comparator.comparing(Meeting::getStartsAt)).toList();
        List<BodyYear> bodies = new ArrayList<>();
        for (Body body : governance.allBodies(workspaceId)) {
            List<MeetingRef> meetings = held.stream().filter(m -> body.getId().equals(m.getBodyId()))
                    .map(m -> new MeetingRef(m.getTitle(), m.getStartsAt().toLocalDate())).toList();
            String kind = messages.getMessage("governance.kind." + body.getKind(), null, body.getKind().name(),
                    Locale.FRANCE);
            bodies.add(new BodyYear(body.getName(), kind, meetings));
        }
        return Optional.of(bodies);
    }
}
