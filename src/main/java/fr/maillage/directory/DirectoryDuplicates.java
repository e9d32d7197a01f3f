package fr.maillage.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    DirectoryDuplicates(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The most likely pairs first. */
    public List<DuplicatePair> candidates(int limit) {
        List<Organisation> all = organisations.findAll();
        Map<String, DuplicatePair> pairs = new LinkedHashMap<>();
        Map<String, List<Organisation>> bySiren = all.stream().filter(o -> o.getSiret() != null)
                .collect(Collectors.groupingBy(o -> o.getSiret().substring(0, 9)));
        bySiren.values().forEach(group -> eachPair(group, (a, b) -> add(pairs, a, b, 90, "directory.duplicates.siren")));
        Map<String, List<Organisation>> byCommune = all.stream().filter(o -> o.getCommuneCode() != null)
                .collect(Collectors.groupingBy(Organisation::getCommuneCode));
        Map<Long, Set<String>> words = new HashMap<>();
        byCommune.values().forEach(group -> eachPair(group, (a, b) -> {
            double similarity = similarity(words.computeIfAbsent(a.getId(), id -> words(a.getName())),
                    words.computeIfAbsent(b.getId(), id -> words(b.getName())));
            if (similarity >= SIMILAR) {
                add(pairs, a, b, (int) Math.round(similarity * 100), "directory.duplicates.name");
            }
        }));
        return pairs.values().stream().sorted(Comparator.comparingInt(DuplicatePair::score).reversed()
                .thenComparing(p -> p.first().getName())).limit(limit).toList();
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

    private static void add(Map<String, DuplicatePair> pairs, Organisation a, Organisation b, int score,
            String reason) {
        Organisation first = a.getId() < b.getId() ? a : b;
        Organisation second = first == a ? b : a;
        String key = first.getId() + "-" + second.getId();
        DuplicatePair known = pairs.get(key);
        if (known == null || known.score() < score) {
            pairs.put(key, new DuplicatePair(first, second, score, reason));
        }
    }

    private static void eachPair(List<Organisation> group, java.util.function.BiConsumer<Organisation, Organisation> pair) {
        List<Organisation> list = new ArrayList<>(group);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                pair.accept(list.get(i), list.get(j));
            }
        }
    }
}
