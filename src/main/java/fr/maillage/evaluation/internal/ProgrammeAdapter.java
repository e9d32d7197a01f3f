package fr.maillage.evaluation.internal;

import fr.maillage.evaluation.ProgrammeView;
import fr.maillage.programme.Action;
import fr.maillage.programme.ActionFilters;
import fr.maillage.programme.Axis;
import fr.maillage.programme.ProgrammeManagement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The programme as the evaluation reads it, through {@link ProgrammeManagement}.
 */
@Component
class ProgrammeAdapter implements ProgrammeView {

    /** Enough for every action of a workspace over a contract's years. */
    private static final int MAX_ACTIONS = 5000;

    private final ProgrammeManagement programme;
    private final MessageSource messages;

    ProgrammeAdapter(ProgrammeManagement programme, MessageSource messages) {
        this.programme = programme;
        this.messages = messages;
    }

    @Override
    public List<ObjectiveRef> objectives(Long workspaceId) {
        Map<Long, String> axes = new HashMap<>();
        for (Axis axis : programme.axes(workspaceId)) {
            axes.put(axis.getId(), axis.getTitle());
        }
        return programme.objectives(workspaceId).stream()
                .map(o -> new ObjectiveRef(o.getId(), o.getTitle(), axes.get(o.getAxisId()))).toList();
    }

    @Override
    public List<ActionRef> actions(Long workspaceId) {
        return programme.actions(workspaceId, ActionFilters.none(), PageRequest.of(0, MAX_ACTIONS)).getContent().stream()
                .map(this::ref).toList();
    }

    @Override
    public Optional<ActionRef> action(Long workspaceId, Long actionId) {
        if (actionId == null) {
            return Optional.empty();
        }
        return programme.findAction(workspaceId, actionId).map(this::ref);
    }

    private ActionRef ref(Action a) {
        String status = a.getStatus() == null ? "—"
                : messages.getMessage("programme.status." + a.getStatus(), null, a.getStatus().name(), Locale.FRANCE);
        return new ActionRef(a.getId(), a.getTitle(), a.getCarrierId(), List.copyOf(a.getObjectiveIds()), status,
                a.getYear(), a.getReferentUserId());
    }
}
