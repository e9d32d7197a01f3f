package fr.maillage.evaluation.internal;

import fr.maillage.evaluation.GovernanceView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The governance as the annual review reads it.
 */
@Component
class GovernanceAdapter implements GovernanceView {

    @Override
    public Optional<List<BodyYear>> bodies(Long workspaceId, int year) {
        return Optional.empty();
    }
}
