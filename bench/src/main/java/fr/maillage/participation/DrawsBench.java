package fr.maillage.participation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Benchmark of the draw (bench/draws.sh): on generated pools of 100 to 400 people and panels of 12 to
 * 40 seats, the time LEXIMIN takes to compute the distribution and its smallest selection probability,
 * against the legacy draw by crossed cells (gender x age band x quartier, seats in proportion to the
 * pool, uniform inside each cell: a person's probability is the cell's seats over its candidates).
 * Prints one Markdown table. Not a test: run on demand.
 */
public final class DrawsBench {

    private static final String[] AGES = {"16-25", "26-40", "41-60", "61+"};
    private static final String[] QUARTIERS = {"QN05901M", "QN05902M", "QN05903M"};

    private DrawsBench() {
    }

    public static void main(String[] args) {
        int[][] sizes = args.length > 0 ? parse(args) : new int[][] {{100, 12}, {200, 20}, {300, 30}, {400, 40}};
        long budget = Long.parseLong(System.getProperty("budget", "55"));
        System.out.println("| n | k | méthode | étapes | panels | temps (s) | min LEXIMIN | min loterie 1000 | k/n"
                + " | min ancien tirage | personnes à 0 (ancien) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int[] size : sizes) {
            run(size[0], size[1], budget);
        }
    }

    private static int[][] parse(String[] args) {
        int[][] sizes = new int[args.length][];
        for (int i = 0; i < args.length; i++) {
            String[] parts = args[i].split("x");
            sizes[i] = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
        }
        return sizes;
    }

    static void run(int n, int k, long budgetSeconds) {
        List<Sortition.Person> people = pool(n, 42L + n);
        List<Sortition.Quota> quotas = quotas(people, k);
        Sortition.Terms terms = new Sortition.Terms(people, k, quotas, true);
        Leximin.Distribution d = Leximin.compute(terms, Duration.ofSeconds(budgetSeconds));
        Lottery.Plan plan = Lottery.plan(terms, d);
        double lotteryMin = plan.probabilities().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double[] legacy = legacy(people, k);
        System.out.printf(Locale.ROOT, "| %d | %d | %s | %d | %d | %.1f | %.4f | %.4f | %.4f | %.4f | %d |%n", n, k,
                d.method(), d.stages(), d.panels().size(), d.millis() / 1000.0, d.minimum(), lotteryMin, (double) k / n,
                legacy[0], (int) legacy[1]);
    }

    /** A pool that looks like a QPV's volunteers: more women, older, unevenly spread, some couples. */
    static List<Sortition.Person> pool(int n, long seed) {
        Random random = new Random(seed);
        List<Sortition.Person> people = new ArrayList<>();
        int household = 0;
        for (int i = 1; i <= n; i++) {
            boolean couple = i > 1 && random.nextInt(100) < 25;
            if (!couple) {
                household++;
            }
            int a = random.nextInt(100);
            String age = a < 12 ? AGES[0] : a < 35 ? AGES[1] : a < 65 ? AGES[2] : AGES[3];
            int q = random.nextInt(100);
            String quartier = q < 55 ? QUARTIERS[0] : q < 85 ? QUARTIERS[1] : QUARTIERS[2];
            people.add(new Sortition.Person(String.format("V%05d", i), Map.of(Sortition.GENDER,
                    random.nextInt(100) < 58 ? "F" : "H", Sortition.AGE, age, Sortition.QUARTIER, quartier,
                    Sortition.STATUS, random.nextInt(100) < 80 ? "habitant" : "acteur"), "F" + household));
        }
        return people;
    }

    /** The council's targets: parity, each age band a quarter (one seat either way), quartiers by weight, residents >= 50 %. */
    static List<Sortition.Quota> quotas(List<Sortition.Person> people, int k) {
        List<Sortition.Quota> quotas = new ArrayList<>();
        quotas.add(new Sortition.Quota(Sortition.GENDER, "F", k / 2, (k + 1) / 2));
        quotas.add(new Sortition.Quota(Sortition.GENDER, "H", k / 2, (k + 1) / 2));
        for (String age : AGES) {
            quotas.add(new Sortition.Quota(Sortition.AGE, age, Math.max(0, k / 4 - 1), k / 4 + 1));
        }
        int[] weights = {50, 30, 20};
        for (int i = 0; i < QUARTIERS.length; i++) {
            int share = k * weights[i] / 100;
            quotas.add(new Sortition.Quota(Sortition.QUARTIER, QUARTIERS[i], Math.max(0, share - 1), share + 1));
        }
        quotas.add(new Sortition.Quota(Sortition.STATUS, "habitant", (k + 1) / 2, k));
        return quotas;
    }

    /** The legacy draw's smallest probability and how many people it never draws (cells of three criteria). */
    static double[] legacy(List<Sortition.Person> people, int k) {
        List<FairDraw.Candidate> candidates = people.stream().map(p -> new FairDraw.Candidate(p.reference(),
                p.value(Sortition.GENDER), p.value(Sortition.AGE), p.value(Sortition.QUARTIER))).toList();
        List<FairDraw.Cell> cells = QuotaProposal.propose(candidates, k, new DrawCitizenCouncil.Dimensions(true, true, true),
                List.of(QUARTIERS));
        Map<String, Integer> available = new HashMap<>();
        candidates.forEach(c -> cells.stream().filter(cell -> cell.accepts(c))
                .forEach(cell -> available.merge(cell.key(), 1, Integer::sum)));
        double min = 1;
        int zero = 0;
        for (FairDraw.Candidate c : candidates) {
            FairDraw.Cell cell = cells.stream().filter(x -> x.accepts(c)).findFirst().orElseThrow();
            double p = Math.min(1, (double) cell.seats() / available.get(cell.key()));
            min = Math.min(min, p);
            zero += p == 0 ? 1 : 0;
        }
        return new double[] {min, zero};
    }
}
