package fr.maillage.funding;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Labels passed as message arguments, resolved in French when the message is shown. */
final class FundingLabels {

    private FundingLabels() {
    }

    static MessageSourceResolvable status(FundingStatus status) {
        return new DefaultMessageSourceResolvable("funding.status." + status);
    }
}
