package fr.maillage.participation;

import java.util.ArrayList;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The integer programs of a draw, solved by ojAlgo: the valid panel of greatest weight (one binary
 * variable a person, the seats, each quota's range, at most one seat a shared household), and the
 * smallest widening of the quotas that makes a panel possible.
 */
final class PanelSearch {

    private final Sortition.Terms terms;
    private final List<List<Integer>> households;

    PanelSearch(Sortition.Terms terms) {
        this.terms = terms;
        this.households = terms.oneByHousehold() ? terms.sharedHouseholds() : List.of();
    }

    /** A panel: the sorted indexes of its people. */
    record Panel(int[] members, double weight) {
    }

    /** The valid panel maximising the sum of the weights of its members, or null when there is none. */
    Panel best(double[] weights) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        int n = terms.people().size();
        Variable[] x = new Variable[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.addVariable("x" + i).binary().weight(weights[i]);
        }
        constrain(model, x, null);
        Optimisation.Result result = model.maximise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        List<Integer> chosen = new ArrayList<>();
        double total = 0;
        for (int i = 0; i < n; i++) {
            if (result.doubleValue(i) > 0.5) {
                chosen.add(i);
                total += weights[i];
            }
        }
        if (chosen.size() != terms.seats()) {
            return null;
        }
        return new Panel(chosen.stream().mapToInt(Integer::intValue).toArray(), total);
    }

    /** How far each quota must widen (seats below its minimum, above its maximum) for a panel to exist. */
    record Widening(Sortition.Quota quota, int lower, int upper) {
    }

    /**
     * The smallest total widening of the quotas that lets a panel exist (empty when none is needed);
     * null when even without quotas there is none (too few people, or households).
     */
    List<Widening> smallestWidening() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        int n = terms.people().size();
        Variable[] x = new Variable[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.addVariable("x" + i).binary();
        }
        List<Sortition.Quota> quotas = terms.quotas();
        Variable[][] slack = new Variable[quotas.size()][2];
        for (int q = 0; q < quotas.size(); q++) {
            slack[q][0] = model.addVariable("lo" + q).integer(true).lower(0).upper(terms.seats()).weight(1);
            slack[q][1] = model.addVariable("hi" + q).integer(true).lower(0).upper(terms.seats()).weight(1);
        }
        constrain(model, x, slack);
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        List<Widening> widenings = new ArrayList<>();
        for (int q = 0; q < quotas.size(); q++) {
            int lower = (int) Math.round(slack[q][0].getValue().doubleValue());
            int upper = (int) Math.round(slack[q][1].getValue().doubleValue());
            if (lower > 0 || upper > 0) {
                widenings.add(new Widening(quotas.get(q), lower, upper));
            }
        }
        return widenings;
    }

    private void constrain(ExpressionsBasedModel model, Variable[] x, Variable[][] slack) {
        Expression seats = model.addExpression("seats").level(terms.seats());
        for (Variable v : x) {
            seats.set(v, 1);
        }
        List<Sortition.Quota> quotas = terms.quotas();
        for (int q = 0; q < quotas.size(); q++) {
            Sortition.Quota quota = quotas.get(q);
            Expression low = model.addExpression("min" + q).lower(quota.min());
            Expression high = model.addExpression("max" + q).upper(quota.max());
            for (int i = 0; i < x.length; i++) {
                if (quota.counts(terms.people().get(i))) {
                    low.set(x[i], 1);
                    high.set(x[i], 1);
                }
            }
            if (slack != null) {
                low.set(slack[q][0], 1);
                high.set(slack[q][1], -1);
            }
        }
        int h = 0;
        for (List<Integer> household : households) {
            Expression one = model.addExpression("foyer" + h++).upper(1);
            household.forEach(i -> one.set(x[i], 1));
        }
    }
}
