package fr.maillage.evaluation.internal;

import fr.maillage.evaluation.ProgrammeView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The programme as the evaluation reads it.
 */
@Component
class ProgrammeAdapter implements ProgrammeView {

    @Override
    public List<ObjectiveRef> objectives(Long workspaceId) {
        return List.of();
    }

    @Override
    public List<ActionRef> actions(Long workspaceId) {
        return List.of();
    }

    @Override
    public Optional<ActionRef> action(Long workspaceId, Long actionId) {
        return actions(workspaceId).stream().filter(a -> a.id().equals(actionId)).findFirst();
    }
}
