package fr.maillage.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.maillage.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CERFA 12156 budget: exact sums, balance with the difference, contributions in kind. */
class ProjectBudgetTests {

    private static BudgetLine line(BudgetAccount account, String amount) {
        return new BudgetLine(account, null, null, new BigDecimal(amount));
    }

    private static BudgetLine subsidy(Funder funder, String amount) {
        return new BudgetLine(BudgetAccount.R74, funder, null, new BigDecimal(amount));
    }

    @Test
    void a_balanced_budget_sums_to_the_cent_and_splits_subsidies_by_funder() {
        ProjectBudget budget = new ProjectBudget(List.of(line(BudgetAccount.C60, "1200.10"),
                line(BudgetAccount.C64, "18000.20"), line(BudgetAccount.INDIRECT, "800"), line(BudgetAccount.C86, "500"),
                subsidy(Funder.ETAT_BOP147, "12000"), subsidy(Funder.CAF, "4000.30"), subsidy(Funder.CAF, "1000"),
                line(BudgetAccount.R70, "3000"), line(BudgetAccount.R87, "500")));
        budget.requireValid();
        assertThat(budget.charges()).isEqualByComparingTo("20500.30");
        assertThat(budget.resources()).isEqualByComparingTo("20500.30");
        assertThat(budget.charges().scale()).isEqualTo(2);
        assertThat(budget.requestedByFunder()).isEqualTo(Map.of(Funder.ETAT_BOP147, new BigDecimal("12000.00"),
                Funder.CAF, new BigDecimal("5000.30")));
    }

    @Test
    void an_unbalanced_budget_is_refused_with_both_totals_and_the_gap() {
        ProjectBudget budget = new ProjectBudget(List.of(line(BudgetAccount.C64, "10000"),
                subsidy(Funder.ETAT_BOP147, "6000"), subsidy(Funder.CAF, "2500.50")));
        assertThatThrownBy(budget::requireValid).isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> {
                    BusinessRuleException rule = (BusinessRuleException) e;
                    assertThat(rule.messageKey()).isEqualTo("funding.budget.unbalanced");
                    assertThat(rule.arguments()).containsExactly("10\u202f000,00 €", "8\u202f500,50 €",
                            "1\u202f499,50 €", 0);
                });
    }

    @Test
    void contributions_in_kind_must_appear_on_both_sides() {
        ProjectBudget budget = new ProjectBudget(List.of(line(BudgetAccount.C64, "1000"),
                line(BudgetAccount.C86, "300"), subsidy(Funder.CAF, "1300")));
        assertThatThrownBy(budget::requireValid)
                .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey())
                        .isEqualTo("funding.budget.inKindUnbalanced"));
    }

    @Test
    void a_budget_asks_at_least_one_funder_and_never_negative_amounts() {
        assertThatThrownBy(new ProjectBudget(List.of(line(BudgetAccount.C64, "1000"), line(BudgetAccount.R70, "1000")))
                ::requireValid).satisfies(e -> assertThat(((BusinessRuleException) e).messageKey())
                        .isEqualTo("funding.budget.noSubsidy"));
        assertThatThrownBy(new ProjectBudget(List.of(line(BudgetAccount.C64, "-5"), subsidy(Funder.CAF, "-5")))
                ::requireValid).satisfies(e -> assertThat(((BusinessRuleException) e).messageKey())
                        .isEqualTo("funding.budget.negative"));
    }
}
