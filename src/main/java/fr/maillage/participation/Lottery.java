package fr.maillage.participation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pre-committed lottery of method {@code maillage-tirage-2}: the LEXIMIN distribution is rounded
 * to {@value #TICKETS} equally likely tickets (largest remainder), the frozen pool and the plan are
 * published as texts with their SHA-256 before the random value is known, then the phrase picks the
 * ticket and orders the substitutes with {@link SeededStream}. The texts are read back whatever their
 * line endings, byte order mark or trailing spaces ({@link #canonical}). Pure: the verification page,
 * docs/verifier-tirage.py and the tests do exactly this.
 */
public final class Lottery {

    public static final String ALGORITHM = "maillage-tirage-2 (LEXIMIN, 1000 billets, SHA-256 en mode compteur)";
    public static final String METHOD = "maillage-tirage-2";
    public static final int TICKETS = 1000;
    private static final String POOL_HEADER = "reference;foyer";

    private Lottery() {
    }

    /** A panel of the plan and how many of the tickets draw it. */
    public record TicketedPanel(List<String> members, int tickets) {
    }

    /** The published plan: the panels and their tickets, and each person's probability under it. */
    public record Plan(List<TicketedPanel> panels, Map<String, Double> probabilities) {
    }

    /** What the phrase gave: the ticket (0..999), the panel, then the substitutes in order. */
    public record Outcome(int ticket, List<String> panel, List<String> substitutes) {
    }

    /** Rounds the distribution to {@link #TICKETS} tickets by largest remainder, panels in canonical order. */
    public static Plan plan(Sortition.Terms terms, Leximin.Distribution distribution) {
        List<Leximin.WeightedPanel> panels = distribution.panels().stream()
                .map(p -> new Leximin.WeightedPanel(p.members().stream().sorted().toList(), p.probability()))
                .sorted(Comparator.comparing(p -> String.join(" ", p.members()))).toList();
        int[] tickets = new int[panels.size()];
        double[] remainders = new double[panels.size()];
        int given = 0;
        for (int i = 0; i < panels.size(); i++) {
            double share = panels.get(i).probability() * TICKETS;
            tickets[i] = (int) Math.floor(share + 1e-9);
            remainders[i] = share - tickets[i];
            given += tickets[i];
        }
        Integer[] order = new Integer[panels.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -remainders[i]).thenComparingInt(i -> i));
        for (int r = 0; given < TICKETS; r++, given++) {
            tickets[order[r % order.length]]++;
        }
        List<TicketedPanel> ticketed = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            if (tickets[i] > 0) {
                ticketed.add(new TicketedPanel(panels.get(i).members(), tickets[i]));
            }
        }
        return new Plan(List.copyOf(ticketed), probabilities(terms, ticketed));
    }

    static Map<String, Double> probabilities(Sortition.Terms terms, List<TicketedPanel> panels) {
        Map<String, Double> probabilities = new LinkedHashMap<>();
        terms.people().forEach(p -> probabilities.put(p.reference(), 0.0));
        for (TicketedPanel panel : panels) {
            panel.members().forEach(ref -> probabilities.merge(ref, (double) panel.tickets() / TICKETS, Double::sum));
        }
        return probabilities;
    }

    /** The frozen pool as published: "reference;foyer;feature..." then one line a person, by reference. */
    public static String poolText(Sortition.Terms terms) {
        List<String> features = terms.features();
        StringBuilder text = new StringBuilder(POOL_HEADER);
        features.forEach(f -> text.append(';').append(f));
        text.append('\n');
        for (Sortition.Person p : terms.people()) {
            text.append(p.reference()).append(';').append(terms.oneByHousehold() && p.household() != null ? p.household() : "");
            features.forEach(f -> text.append(';').append(p.value(f) == null ? "" : p.value(f)));
            text.append('\n');
        }
        return text.toString();
    }

    /** The plan as published, naming the pool's fingerprint: whoever holds both can check every panel. */
    public static String planText(Sortition.Terms terms, Plan plan) {
        StringBuilder text = new StringBuilder();
        text.append("methode;").append(METHOD).append('\n');
        text.append("vivier;").append(FairDraw.digest(poolText(terms))).append('\n');
        text.append("personnes;").append(terms.people().size()).append('\n');
        text.append("sieges;").append(terms.seats()).append('\n');
        text.append("un_par_foyer;").append(terms.oneByHousehold() ? "oui" : "non").append('\n');
        terms.quotas().forEach(q -> text.append("quota;").append(q.feature()).append(';').append(q.value()).append(';')
                .append(q.min()).append(';').append(q.max()).append('\n'));
        text.append("billets;").append(TICKETS).append('\n');
        plan.panels().forEach(p -> text.append("panel;").append(p.tickets()).append(';')
                .append(String.join(" ", p.members())).append('\n'));
        return text.toString();
    }

    /** The text as fingerprinted: without byte order mark, \n line ends, no trailing spaces, no blank line. */
    public static String canonical(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        StringBuilder out = new StringBuilder(body.length());
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String kept = line.stripTrailing();
            if (!kept.isEmpty()) {
                out.append(kept).append('\n');
            }
        }
        return out.toString();
    }

    /** SHA-256 of the canonical text: the fingerprint the page prints and the script recomputes. */
    public static String fingerprint(String text) {
        return FairDraw.digest(canonical(text));
    }

    /** The phrase picks a ticket, then orders the people left out by Fisher-Yates: the first are the substitutes. */
    public static Outcome draw(Sortition.Terms terms, Plan plan, String phrase, int substitutes) {
        SeededStream stream = new SeededStream(FairDraw.seed(phrase));
        int ticket = stream.below(TICKETS);
        List<String> panel = null;
        int seen = 0;
        for (TicketedPanel p : plan.panels()) {
            seen += p.tickets();
            if (ticket < seen) {
                panel = p.members();
                break;
            }
        }
        if (panel == null) {
            throw new IllegalArgumentException("plan without " + TICKETS + " tickets");
        }
        Set<String> seated = new HashSet<>(panel);
        List<String> others = new ArrayList<>();
        terms.people().stream().map(Sortition.Person::reference).filter(r -> !seated.contains(r)).forEach(others::add);
        for (int i = others.size() - 1; i > 0; i--) {
            int j = stream.below(i + 1);
            String swapped = others.get(i);
            others.set(i, others.get(j));
            others.set(j, swapped);
        }
        return new Outcome(ticket, panel, List.copyOf(others.subList(0, Math.min(others.size(), substitutes))));
    }

    /** A published pool and plan read back; {@link #problems()} lists what does not hold. */
    public record Published(Sortition.Terms terms, Plan plan, List<String> problems) {

        public boolean conforms() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads and checks a published pool and plan: unique pseudonyms, the plan names this pool's
     * fingerprint, {@value #TICKETS} tickets, every panel meets the seats, every quota and the household rule.
     */
    public static Published read(String poolText, String planText) {
        List<String> problems = new ArrayList<>();
        String[] poolLines = canonical(poolText).split("\n");
        String[] header = poolLines[0].split(";", -1);
        if (!poolLines[0].startsWith(POOL_HEADER)) {
            throw new IllegalArgumentException("en-tête du vivier");
        }
        Map<String, String> head = new LinkedHashMap<>();
        List<String[]> quotaLines = new ArrayList<>();
        List<TicketedPanel> panels = new ArrayList<>();
        for (String line : canonical(planText).split("\n")) {
            String[] parts = line.split(";", -1);
            switch (parts[0]) {
                case "quota" -> quotaLines.add(parts);
                case "panel" -> panels.add(new TicketedPanel(List.of(parts[2].strip().split(" +")),
                        Integer.parseInt(parts[1].strip())));
                default -> head.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        List<Sortition.Person> people = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (int l = 1; l < poolLines.length; l++) {
            String[] parts = poolLines[l].split(";", -1);
            if (parts.length != header.length || parts[0].isBlank()) {
                throw new IllegalArgumentException(poolLines[l]);
            }
            if (!refs.add(parts[0].strip())) {
                problems.add("pseudonyme en double : " + parts[0].strip());
                continue;
            }
            Map<String, String> features = new HashMap<>();
            for (int c = 2; c < header.length; c++) {
                features.put(header[c], parts[c]);
            }
            people.add(new Sortition.Person(parts[0].strip(), features, parts[1]));
        }
        if (!FairDraw.digest(canonical(poolText)).equals(head.get("vivier"))) {
            problems.add("l'empreinte du vivier ne correspond pas au plan");
        }
        List<Sortition.Quota> quotas = quotaLines.stream().map(q -> new Sortition.Quota(q[1], q[2],
                Integer.parseInt(q[3].strip()), Integer.parseInt(q[4].strip()))).toList();
        Sortition.Terms terms = new Sortition.Terms(people, Integer.parseInt(head.getOrDefault("sieges", "0").strip()),
                quotas, "oui".equals(head.get("un_par_foyer")));
        int tickets = panels.stream().mapToInt(TicketedPanel::tickets).sum();
        if (tickets != TICKETS) {
            problems.add("le plan compte " + tickets + " billets au lieu de " + TICKETS);
        }
        for (int p = 0; p < panels.size(); p++) {
            List<String> breaches = terms.breaches(panels.get(p).members());
            if (!breaches.isEmpty()) {
                problems.add("panel " + (p + 1) + " : " + String.join(", ", breaches));
            }
        }
        return new Published(terms, new Plan(List.copyOf(panels), probabilities(terms, panels)), problems);
    }
}
