package fr.maillage.funding;

import fr.maillage.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A budget prévisionnel: the lines of both columns and the rule that makes it receivable. Total
 * charges must equal total resources, and contributions in kind used (86) must equal those received
 * (87); an unbalanced budget is refused with the difference.
 */
public record ProjectBudget(List<BudgetLine> lines) {

    public ProjectBudget {
        lines = lines == null ? List.of()
                : lines.stream().filter(l -> l.account() != null && l.amount().signum() != 0).toList();
    }

    public BigDecimal charges() {
        return sum(true);
    }

    public BigDecimal resources() {
        return sum(false);
    }

    /** Resources minus charges: positive when resources exceed charges. */
    public BigDecimal difference() {
        return resources().subtract(charges());
    }

    public BigDecimal total(BudgetAccount account) {
        return lines.stream().filter(l -> l.account() == account).map(BudgetLine::amount)
                .reduce(Money.of((BigDecimal) null), BigDecimal::add);
    }

    /** The subsidies asked of each funder (account 74), in funder order. */
    public Map<Funder, BigDecimal> requestedByFunder() {
        Map<Funder, BigDecimal> requested = new EnumMap<>(Funder.class);
        lines.stream().filter(l -> l.account() == BudgetAccount.R74)
                .forEach(l -> requested.merge(l.funder(), l.amount(), BigDecimal::add));
        return requested;
    }

    /**
     * @throws BusinessRuleException when a line is negative, a subsidy names no funder, or the budget
     *                               does not balance (the message gives both totals and the gap)
     */
    public void requireValid() {
        for (BudgetLine line : lines) {
            if (line.amount().signum() < 0) {
                throw new BusinessRuleException("funding.budget.negative", line.account().getLabel());
            }
            if (line.account().needsFunder() && line.funder() == null) {
                throw new BusinessRuleException("funding.budget.funderRequired");
            }
        }
        if (difference().signum() != 0) {
            throw new BusinessRuleException("funding.budget.unbalanced", Money.format(charges()),
                    Money.format(resources()), Money.format(difference().abs()),
                    difference().signum() > 0 ? 1 : 0);
        }
        BigDecimal used = total(BudgetAccount.C86);
        BigDecimal received = total(BudgetAccount.R87);
        if (used.compareTo(received) != 0) {
            throw new BusinessRuleException("funding.budget.inKindUnbalanced", Money.format(used),
                    Money.format(received));
        }
        if (requestedByFunder().isEmpty()) {
            throw new BusinessRuleException("funding.budget.noSubsidy");
        }
    }

    private BigDecimal sum(boolean charges) {
        return lines.stream().filter(l -> l.account().isCharge() == charges).map(BudgetLine::amount)
                .reduce(Money.of((BigDecimal) null), BigDecimal::add);
    }
}
