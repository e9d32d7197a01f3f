package fr.maillage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Variable;

/**
 * LEXIMIN on pools small enough to enumerate every panel: every panel of the distribution meets every
 * quota and seats no household twice, and the smallest probability equals the MAXIMIN optimum computed
 * here by brute force (every subset of the pool checked, one linear program over all the valid ones,
 * no column generation).
 */
class LeximinTests {

    static final Duration BUDGET = Duration.ofSeconds(60);

    static List<Sortition.Person> pool(int n, long seed, boolean households) {
        Random random = new Random(seed);
        String[] ages = {"16-25", "26-40", "41-60", "61+"};
        List<Sortition.Person> people = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String household = households ? "F" + (1 + random.nextInt(Math.max(1, n * 2 / 3))) : null;
            people.add(new Sortition.Person(String.format("V%05d", i),
                    Map.of(Sortition.GENDER, random.nextInt(100) < 55 ? "F" : "H",
                            Sortition.AGE, ages[Math.min(3, (int) Math.floor(Math.abs(random.nextGaussian()) * 2.2))],
                            Sortition.QUARTIER, random.nextInt(100) < 30 ? "QN1" : "QN2"),
                    household));
        }
        return people;
    }

    static List<Sortition.Quota> quotas() {
        return List.of(new Sortition.Quota(Sortition.GENDER, "F", 2, 2), new Sortition.Quota(Sortition.GENDER, "H", 2, 2),
                new Sortition.Quota(Sortition.AGE, "16-25", 1, 2), new Sortition.Quota(Sortition.AGE, "61+", 0, 1),
                new Sortition.Quota(Sortition.QUARTIER, "QN1", 1, 4));
    }

    @Test
    void the_smallest_probability_is_the_brute_force_optimum_and_every_panel_is_valid() {
        for (long seed = 1; seed <= 4; seed++) {
            Sortition.Terms terms = new Sortition.Terms(pool(12, seed, seed % 2 == 0), 4, quotas(), seed % 2 == 0);
            Leximin.Distribution d = Leximin.compute(terms, BUDGET);
            assertThat(d.method()).isEqualTo(Leximin.Method.LEXIMIN);
            double total = 0;
            for (Leximin.WeightedPanel p : d.panels()) {
                assertThat(terms.breaches(p.members())).as("panel %s", p.members()).isEmpty();
                total += p.probability();
            }
            assertThat(total).isCloseTo(1.0, within(1e-6));
            assertThat(d.probabilities().values().stream().mapToDouble(Double::doubleValue).sum())
                    .isCloseTo(4.0, within(1e-6));
            List<Set<String>> all = BruteForce.validPanels(terms);
            Set<String> seatable = new HashSet<>();
            all.forEach(seatable::addAll);
            double smallest = seatable.stream().mapToDouble(d.probabilities()::get).min().orElseThrow();
            assertThat(smallest).as("seed %d", seed).isCloseTo(BruteForce.maximin(terms, all), within(1e-6));
            d.probabilities().forEach((ref, p) -> assertThat(p > 1e-9).isEqualTo(seatable.contains(ref)));
        }
    }

    @Test
    void households_are_never_seated_twice() {
        List<Sortition.Person> people = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            people.add(new Sortition.Person(String.format("V%05d", i), Map.of(Sortition.GENDER, i % 2 == 0 ? "F" : "H"),
                    "F" + ((i + 1) / 2)));
        }
        Sortition.Terms terms = new Sortition.Terms(people, 4, List.of(new Sortition.Quota(Sortition.GENDER, "F", 2, 2),
                new Sortition.Quota(Sortition.GENDER, "H", 2, 2)), true);
        Leximin.Distribution d = Leximin.compute(terms, BUDGET);
        for (Leximin.WeightedPanel p : d.panels()) {
            Set<String> households = new HashSet<>();
            for (String ref : p.members()) {
                int number = Integer.parseInt(ref.substring(1));
                assertThat(households.add("F" + ((number + 1) / 2))).as("panel %s", p.members()).isTrue();
            }
        }
        // five couples, four seats, one a couple: everyone 2/5 by symmetry.
        d.probabilities().values().forEach(p -> assertThat(p).isCloseTo(0.4, within(1e-6)));
    }

    @Test
    void a_person_no_valid_panel_can_hold_gets_zero_and_the_others_the_best_share() {
        List<Sortition.Person> people = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            people.add(new Sortition.Person("V0000" + i, Map.of(Sortition.AGE, i == 6 ? "61+" : "26-40"), null));
        }
        Sortition.Terms terms = new Sortition.Terms(people, 3, List.of(new Sortition.Quota(Sortition.AGE, "61+", 0, 0)),
                false);
        Leximin.Distribution d = Leximin.compute(terms, BUDGET);
        assertThat(d.probabilities().get("V00006")).isZero();
        for (int i = 1; i <= 5; i++) {
            assertThat(d.probabilities().get("V0000" + i)).isCloseTo(0.6, within(1e-6));
        }
    }

    @Test
    void infeasible_quotas_come_with_the_smallest_widening() {
        Sortition.Terms terms = new Sortition.Terms(pool(12, 3, false), 4,
                List.of(new Sortition.Quota(Sortition.GENDER, "F", 3, 4), new Sortition.Quota(Sortition.GENDER, "H", 2, 4)),
                false);
        assertThatThrownBy(() -> Leximin.compute(terms, BUDGET)).isInstanceOfSatisfying(Leximin.InfeasibleException.class,
                e -> {
                    assertThat(e.widening()).hasSize(1);
                    PanelSearch.Widening w = e.widening().get(0);
                    assertThat(w.lower() + w.upper()).isEqualTo(1);
                });
    }

    /** Enumeration of every subset and one linear program: nothing shared with {@link Leximin}. */
    static final class BruteForce {

        static List<Set<String>> validPanels(Sortition.Terms terms) {
            List<Set<String>> valid = new ArrayList<>();
            int n = terms.people().size();
            for (int mask = 0; mask < 1 << n; mask++) {
                if (Integer.bitCount(mask) != terms.seats()) {
                    continue;
                }
                Set<String> panel = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        panel.add(terms.people().get(i).reference());
                    }
                }
                if (terms.breaches(panel).isEmpty()) {
                    valid.add(panel);
                }
            }
            return valid;
        }

        /** Max z such that a distribution over the valid panels gives everyone who can sit at least z. */
        static double maximin(Sortition.Terms terms, List<Set<String>> panels) {
            ExpressionsBasedModel model = new ExpressionsBasedModel();
            Variable z = model.addVariable("z").weight(1);
            List<Variable> lambda = new ArrayList<>();
            Expression sum = model.addExpression("sum").level(1);
            for (int p = 0; p < panels.size(); p++) {
                Variable v = model.addVariable("l" + p).lower(0);
                lambda.add(v);
                sum.set(v, 1);
            }
            for (Sortition.Person person : terms.people()) {
                if (panels.stream().noneMatch(s -> s.contains(person.reference()))) {
                    continue;
                }
                Expression row = model.addExpression(person.reference()).lower(0);
                row.set(z, -1);
                for (int p = 0; p < panels.size(); p++) {
                    if (panels.get(p).contains(person.reference())) {
                        row.set(lambda.get(p), 1);
                    }
                }
            }
            return model.maximise().getValue();
        }
    }
}
