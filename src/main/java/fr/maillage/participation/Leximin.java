package fr.maillage.participation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The fairest distribution over valid panels (Flanigan, Gölz, Gupta, Hennig, Procaccia, "Fair
 * algorithms for selecting citizens' assemblies", Nature 596, 2021): LEXIMIN maximises the smallest
 * selection probability, then the next smallest, and so on. Column generation: a linear program over
 * the panels found so far gives each person a weight (its dual), an integer program ({@link PanelSearch})
 * looks for a panel heavier than the program's bound; when there is none, the people of positive
 * weight have their probability fixed and the next stage starts. When the time budget runs out after
 * the first stage, the remaining people keep the last level reached: the result is then MAXIMIN (the
 * smallest probability is still the best possible), which the result states.
 */
public final class Leximin {

    /** The method the distribution was computed with. */
    public enum Method { LEXIMIN, MAXIMIN }

    private static final double EPS = 1e-7;

    private Leximin() {
    }

    /** A valid panel (references, sorted) and its probability. */
    public record WeightedPanel(List<String> members, double probability) {
    }

    /** The distribution, each person's probability and how it was computed. */
    public record Distribution(List<WeightedPanel> panels, Map<String, Double> probabilities, Method method,
            int stages, long millis) {

        public double minimum() {
            return probabilities.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        }
    }

    /** The quotas cannot all be met: the smallest widening that makes them possible, or null if none does. */
    public static final class InfeasibleException extends RuntimeException {

        private final transient List<PanelSearch.Widening> widening;

        InfeasibleException(List<PanelSearch.Widening> widening) {
            super("no valid panel");
            this.widening = widening;
        }

        /** What to widen, empty or null when the seats or households themselves are the obstacle. */
        public List<PanelSearch.Widening> widening() {
            return widening;
        }
    }

    public static Distribution compute(Sortition.Terms terms, Duration budget) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        PanelSearch search = new PanelSearch(terms);
        int n = terms.people().size();
        List<int[]> panels = new ArrayList<>();
        Set<String> known = new HashSet<>();
        boolean[] covered = new boolean[n];
        while (true) {
            double[] weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = covered[i] ? 0 : 1;
            }
            PanelSearch.Panel panel = search.best(weights);
            if (panel == null) {
                throw new InfeasibleException(search.smallestWidening());
            }
            if (!add(panels, known, panel.members())) {
                break;
            }
            boolean progress = false;
            for (int i : panel.members()) {
                progress |= !covered[i];
                covered[i] = true;
            }
            if (!progress) {
                break;
            }
        }
        double[] fixed = new double[n];
        boolean[] isFixed = new boolean[n];
        int fixedCount = 0;
        for (int i = 0; i < n; i++) {
            if (!covered[i]) {
                isFixed[i] = true;
                fixedCount++;
            }
        }
        Method method = Method.LEXIMIN;
        int stages = 0;
        double level = 0;
        while (fixedCount < n) {
            if (stages > 0 && System.nanoTime() > deadline) {
                method = Method.MAXIMIN;
                for (int i = 0; i < n; i++) {
                    if (!isFixed[i]) {
                        fixed[i] = level;
                        isFixed[i] = true;
                    }
                }
                break;
            }
            stages++;
            while (true) {
                double[] dual = new double[n + 2];
                solveDual(terms, panels, fixed, isFixed, dual);
                double cap = dual[n];
                PanelSearch.Panel heavier = search.best(Arrays.copyOf(dual, n));
                if (heavier != null && heavier.weight() > cap + EPS && add(panels, known, heavier.members())) {
                    continue;
                }
                level = Math.max(0, dual[n + 1]);
                boolean any = false;
                for (int i = 0; i < n; i++) {
                    if (!isFixed[i] && dual[i] > EPS) {
                        fixed[i] = level;
                        isFixed[i] = true;
                        fixedCount++;
                        any = true;
                    }
                }
                if (!any) {
                    for (int i = 0; i < n; i++) {
                        if (!isFixed[i]) {
                            fixed[i] = level;
                            isFixed[i] = true;
                            fixedCount++;
                        }
                    }
                }
                break;
            }
        }
        double[] lambda = solvePrimal(terms, panels, fixed);
        return distribution(terms, panels, lambda, method, stages, (System.nanoTime() - start) / 1_000_000);
    }

    private static boolean add(List<int[]> panels, Set<String> known, int[] members) {
        if (known.add(Arrays.toString(members))) {
            panels.add(members);
            return true;
        }
        return false;
    }

    /**
     * The dual of the stage: minimise cap - sum(fixed_i y_i) with sum of the free people's y = 1 and,
     * for every panel, the sum of its y at most cap. Writes y, then cap, then the objective.
     */
    private static void solveDual(Sortition.Terms terms, List<int[]> panels, double[] fixed, boolean[] isFixed,
            double[] out) {
        int n = terms.people().size();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] y = new Variable[n];
        for (int i = 0; i < n; i++) {
            y[i] = model.addVariable("y" + i).lower(0).weight(isFixed[i] ? -fixed[i] : 0);
        }
        Variable cap = model.addVariable("cap").weight(1);
        Expression sum = model.addExpression("free").level(1);
        for (int i = 0; i < n; i++) {
            if (!isFixed[i]) {
                sum.set(y[i], 1);
            }
        }
        int p = 0;
        for (int[] panel : panels) {
            Expression row = model.addExpression("p" + p++).upper(0);
            for (int i : panel) {
                row.set(y[i], 1);
            }
            row.set(cap, -1);
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("dual program " + result.getState());
        }
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(0, result.doubleValue(i));
        }
        out[n] = result.doubleValue(n);
        out[n + 1] = result.getValue();
    }

    /** Panel probabilities giving everyone at least his fixed level, as nearly as the program can. */
    private static double[] solvePrimal(Sortition.Terms terms, List<int[]> panels, double[] fixed) {
        int n = terms.people().size();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] lambda = new Variable[panels.size()];
        for (int p = 0; p < panels.size(); p++) {
            lambda[p] = model.addVariable("l" + p).lower(0).upper(1);
        }
        Variable slack = model.addVariable("eps").lower(0).weight(1);
        Expression sum = model.addExpression("sum").level(1);
        for (Variable v : lambda) {
            sum.set(v, 1);
        }
        Expression[] person = new Expression[n];
        for (int i = 0; i < n; i++) {
            person[i] = model.addExpression("i" + i).lower(fixed[i]);
            person[i].set(slack, 1);
        }
        for (int p = 0; p < panels.size(); p++) {
            for (int i : panels.get(p)) {
                person[i].set(lambda[p], 1);
            }
        }
        Optimisation.Result result = model.minimise();
        if (!result.getState().isFeasible()) {
            throw new IllegalStateException("primal program " + result.getState());
        }
        double[] values = new double[panels.size()];
        double total = 0;
        for (int p = 0; p < panels.size(); p++) {
            values[p] = Math.max(0, result.doubleValue(p));
            total += values[p];
        }
        for (int p = 0; p < panels.size(); p++) {
            values[p] /= total;
        }
        return values;
    }

    private static Distribution distribution(Sortition.Terms terms, List<int[]> panels, double[] lambda, Method method,
            int stages, long millis) {
        List<WeightedPanel> weighted = new ArrayList<>();
        Map<String, Double> probabilities = new LinkedHashMap<>();
        terms.people().forEach(p -> probabilities.put(p.reference(), 0.0));
        for (int p = 0; p < panels.size(); p++) {
            if (lambda[p] <= 1e-9) {
                continue;
            }
            List<String> members = new ArrayList<>();
            for (int i : panels.get(p)) {
                String ref = terms.people().get(i).reference();
                members.add(ref);
                probabilities.merge(ref, lambda[p], Double::sum);
            }
            weighted.add(new WeightedPanel(List.copyOf(members), lambda[p]));
        }
        return new Distribution(List.copyOf(weighted), probabilities, method, stages, millis);
    }
}
