package fr.maillage.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds organisations entered twice: the same SIREN (SIRET and RNA are unique, but two
 * establishments of one partner are often entered separately), and names that share most of their words within one commune. Names are compared
 * on their folded words without the words every name has ("association", "de", "la"…), so that
 * "Association Les Petits Débrouillards" meets "Petits debrouillards".
 */
@Service
@Transactional(readOnly = true)
public class DirectoryDuplicates {

    private static final Set<String> COMMON_WORDS = Set.of("association", "asso", "de", "du", "des", "la", "le",
            "les", "l", "d", "et", "a", "au", "aux", "en");
    private static final double SIMILAR = 0.6;

    private final Organisations organisations;
    private final DistinctPairs distinctPairs;

    DirectoryDuplicates(Organisations organisations, DistinctPairs distinctPairs) {
        this.organisations = organisations;
        this.distinctPairs = distinctPairs;
    }

    /** The most likely pairs first, except those declared distinct. */
    public List<DuplicatePair> candidates(int limit) {
        List<Object[]> rows = organisations.duplicateKeys();
        Map<Long, String> names = new HashMap<>(rows.size() * 2);
        Map<String, Candidate> pairs = new HashMap<>();
        Map<String, List<Long>> bySiren = new HashMap<>();
        Map<String, List<Named>> byCommune = new HashMap<>();
        for (Object[] row : rows) {
            Long id = (Long) row[0];
            String name = (String) row[1];
            String siret = (String) row[2];
            String commune = (String) row[3];
            names.put(id, name);
            if (siret != null && siret.length() >= 9) {
                bySiren.computeIfAbsent(siret.substring(0, 9), k -> new ArrayList<>()).add(id);
            }
            if (commune != null) {
                Set<String> words = words(name);
                if (!words.isEmpty()) {
                    byCommune.computeIfAbsent(commune, k -> new ArrayList<>()).add(new Named(id, words));
                }
            }
        }
        for (List<Long> group : bySiren.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    add(pairs, group.get(i), group.get(j), 90, "directory.duplicates.siren");
                }
            }
        }
        byCommune.values().forEach(group -> similarNames(group, pairs));
        Set<String> distinct = new HashSet<>(distinctPairs.keys());
        List<Candidate> best = pairs.values().stream().filter(c -> !distinct.contains(c.key()))
                .sorted(Comparator.comparingInt(Candidate::score).reversed()
                        .thenComparing(c -> names.get(c.first()), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Candidate::first).thenComparing(Candidate::second))
                .limit(limit).toList();
        Set<Long> ids = new HashSet<>();
        best.forEach(c -> {
            ids.add(c.first());
            ids.add(c.second());
        });
        Map<Long, Organisation> loaded = organisations.findByIdIn(ids).stream()
                .collect(Collectors.toMap(Organisation::getId, o -> o));
        return best.stream().filter(c -> loaded.containsKey(c.first()) && loaded.containsKey(c.second()))
                .map(c -> new DuplicatePair(loaded.get(c.first()), loaded.get(c.second()), c.score(), c.reasonKey()))
                .toList();
    }

    /**
     * The pairs of one commune whose names share at least {@link #SIMILAR} of their words (Jaccard).
     * Prefix filtering keeps this near-linear: with the words of each name sorted rarest first, two
     * names that similar must share one of the first {@code n - ceil(0.6 n) + 1} words of each, so
     * only those words are indexed and only names meeting on one of them are compared.
     */
    static void similarNames(List<Named> group, Map<String, Candidate> pairs) {
        if (group.size() < 2) {
            return;
        }
        Map<String, Integer> frequency = new HashMap<>();
        group.forEach(n -> n.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
        Comparator<String> rarestFirst = Comparator.<String>comparingInt(frequency::get).thenComparing(w -> w);
        Map<String, List<Named>> index = new HashMap<>();
        for (Named name : group) {
            List<String> sorted = name.words().stream().sorted(rarestFirst).toList();
            int size = sorted.size();
            int prefix = size - (3 * size + 4) / 5 + 1;
            Set<Long> compared = new HashSet<>();
            for (String word : sorted.subList(0, prefix)) {
                List<Named> others = index.computeIfAbsent(word, k -> new ArrayList<>());
                for (Named other : others) {
                    if (compared.add(other.id())) {
                        double similarity = similarity(name.words(), other.words());
                        if (similarity >= SIMILAR) {
                            add(pairs, other.id(), name.id(), (int) Math.round(similarity * 100),
                                    "directory.duplicates.name");
                        }
                    }
                }
                others.add(name);
            }
        }
    }

    /** Declares two organisations distinct: they are no longer proposed as duplicates. */
    @Transactional
    public void declareDistinct(Long oneId, Long otherId, Long userId) {
        if (oneId.equals(otherId) || !organisations.existsById(oneId) || !organisations.existsById(otherId)) {
            throw new fr.maillage.shared.NotFoundException("organisation pair " + oneId + "/" + otherId);
        }
        distinctPairs.declare(Math.min(oneId, otherId), Math.max(oneId, otherId), userId);
    }

    record Named(Long id, Set<String> words) {
    }

    record Candidate(Long first, Long second, int score, String reasonKey) {
        String key() {
            return first + "-" + second;
        }
    }

    /** The significant words of a name, folded. */
    static Set<String> words(String name) {
        Set<String> words = new HashSet<>(Arrays.asList(ImportKind.fold(name).split(" ")));
        words.removeAll(COMMON_WORDS);
        words.remove("");
        return words;
    }

    /** Shared words over all words (Jaccard index). */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) shared.size() / union.size();
    }

    private static void add(Map<String, Candidate> pairs, Long a, Long b, int score, String reason) {
        Long first = Math.min(a, b);
        Long second = Math.max(a, b);
        String key = first + "-" + second;
        Candidate known = pairs.get(key);
        if (known == null || known.score() < score) {
            pairs.put(key, new Candidate(first, second, score, reason));
        }
    }
}
