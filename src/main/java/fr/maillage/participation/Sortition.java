package fr.maillage.participation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The terms of a draw by quotas per feature (method {@code maillage-tirage-2}): the people who may be
 * drawn, with the features the quotas look at and a household code, how many seats, the quotas as
 * ranges of seats per value of a feature, and the optional rule "at most one person per household".
 * Pure, for {@link Leximin}, {@link Lottery}, the verification page and the tests.
 */
public final class Sortition {

    /** The features the application knows; any other comes from a column of the volunteer file. */
    public static final String GENDER = "genre";
    public static final String AGE = "tranche_age";
    public static final String QUARTIER = "quartier";
    public static final String STATUS = "statut";

    private Sortition() {
    }

    /**
     * One person as the public sees him: his pseudonym, the values of the features the quotas use
     * and a household pseudonym (null when unknown: then he shares his household with nobody).
     */
    public record Person(String reference, Map<String, String> features, String household) {

        public Person {
            Objects.requireNonNull(reference);
            features = Map.copyOf(features.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip())));
            household = household == null || household.isBlank() ? null : household.strip();
        }

        public String value(String feature) {
            return features.get(feature);
        }
    }

    /** At least {@code min} and at most {@code max} seats for the people whose feature has this value. */
    public record Quota(String feature, String value, int min, int max) {

        public Quota {
            Objects.requireNonNull(feature);
            Objects.requireNonNull(value);
            if (min < 0 || max < min) {
                throw new IllegalArgumentException("quota range " + min + ".." + max);
            }
        }

        public boolean counts(Person p) {
            return value.equals(p.value(feature));
        }

        /** "genre;F": the feature and value, also its sorting key. */
        public String key() {
            return feature + ";" + value;
        }
    }

    /** A draw's terms. */
    public record Terms(List<Person> people, int seats, List<Quota> quotas, boolean oneByHousehold) {

        public Terms {
            people = people.stream().sorted(Comparator.comparing(Person::reference)).toList();
            quotas = quotas.stream().sorted(Comparator.comparing(Quota::key)).toList();
            Set<String> refs = new HashSet<>();
            for (Person p : people) {
                if (!refs.add(p.reference())) {
                    throw new IllegalArgumentException("duplicate reference " + p.reference());
                }
            }
            Set<String> keys = new HashSet<>();
            for (Quota q : quotas) {
                if (!keys.add(q.key())) {
                    throw new IllegalArgumentException("duplicate quota " + q.key());
                }
            }
            if (seats < 1) {
                throw new IllegalArgumentException("seats must be positive");
            }
        }

        /** The features the quotas use, in order. */
        public List<String> features() {
            return quotas.stream().map(Quota::feature).distinct().sorted().toList();
        }

        /** People (indexes into {@link #people()}) grouped by household, households of one left out. */
        public List<List<Integer>> sharedHouseholds() {
            Map<String, List<Integer>> byHousehold = new LinkedHashMap<>();
            for (int i = 0; i < people.size(); i++) {
                String h = people.get(i).household();
                if (h != null) {
                    byHousehold.computeIfAbsent(h, x -> new ArrayList<>()).add(i);
                }
            }
            return byHousehold.values().stream().filter(l -> l.size() > 1).toList();
        }

        /** Why this set of references is not a valid panel (empty when it is): seats, quotas, households. */
        public List<String> breaches(Collection<String> panel) {
            return breaches(panel, true);
        }

        /**
         * As {@link #breaches(Collection)}; with {@code complete} false, for a panel that lost members,
         * only the maxima, the households and unknown people are checked.
         */
        public List<String> breaches(Collection<String> panel, boolean complete) {
            Map<String, Person> byRef = new HashMap<>();
            people.forEach(p -> byRef.put(p.reference(), p));
            List<String> problems = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Set<String> households = new HashSet<>();
            List<Person> members = new ArrayList<>();
            for (String ref : panel) {
                Person p = byRef.get(ref);
                if (p == null) {
                    problems.add("inconnu " + ref);
                } else if (!seen.add(ref)) {
                    problems.add("en double " + ref);
                } else {
                    members.add(p);
                    if (oneByHousehold && p.household() != null && !households.add(p.household())) {
                        problems.add("foyer " + p.household());
                    }
                }
            }
            if (complete && panel.size() != seats) {
                problems.add("sieges " + panel.size());
            }
            for (Quota q : quotas) {
                long count = members.stream().filter(q::counts).count();
                if (count > q.max() || complete && count < q.min()) {
                    problems.add("quota " + q.key() + " " + count);
                }
            }
            return problems;
        }
    }
}
