package fr.maillage.evaluation.internal;

import fr.maillage.evaluation.FundingView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The funding as the annual review reads it.
 */
@Component
class FundingAdapter implements FundingView {

    @Override
    public Optional<List<EnvelopeYear>> envelopes(Long workspaceId, int year) {
        return Optional.empty();
    }
}
