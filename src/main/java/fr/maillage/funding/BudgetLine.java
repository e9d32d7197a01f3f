package fr.maillage.funding;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/**
 * One line of a budget prévisionnel: an account, for account 74 the funder asked, a free label and
 * an amount in euros.
 */
@Embeddable
public record BudgetLine(@Enumerated(EnumType.STRING) BudgetAccount account,
        @Enumerated(EnumType.STRING) Funder funder, String label, BigDecimal amount) {

    public BudgetLine {
        amount = Money.of(amount);
        if (account != null && !account.needsFunder()) {
            funder = null;
        }
    }
}
