package fr.maillage.bench.dataset;

import fr.maillage.participation.AgeBand;
import fr.maillage.participation.FairDraw;
import fr.maillage.participation.Gender;
import fr.maillage.participation.ListSource;
import fr.maillage.participation.VolunteerDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A volunteer pool of a given size, reproducible from a seed: 52 % women, age bands weighted as the
 * QPV's adult population (more young adults than 61+), five quartiers of unequal size, the three list
 * sources. Names are "Prénom n Nom n": nothing real.
 */
public final class ParticipationGenerator {

    /** Five sample QPV of the Pays de Montbéliard, the first the largest. */
    public static final List<String> QUARTIERS = List.of("QN02501M", "QN02502M", "QN02503I", "QN02504M", "QN02505I");

    private static final int[] AGE_WEIGHTS = {25, 32, 28, 15};
    private static final int[] QUARTIER_WEIGHTS = {35, 25, 18, 12, 10};

    private ParticipationGenerator() {
    }

    public static List<VolunteerDetails> volunteers(int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<VolunteerDetails> rows = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            Gender gender = random.nextInt(100) < 52 ? Gender.FEMME : Gender.HOMME;
            AgeBand age = AgeBand.values()[pick(random, AGE_WEIGHTS)];
            String quartier = QUARTIERS.get(pick(random, QUARTIER_WEIGHTS));
            ListSource source = ListSource.values()[random.nextInt(3)];
            rows.add(new VolunteerDetails("Prénom " + i, "Nom " + i, gender, age, quartier, source,
                    "volontaire" + i + "@bench.example", null, null));
        }
        return rows;
    }

    /** The same pool as the draw sees it (references V00001…, as the application numbers them). */
    public static List<FairDraw.Candidate> candidates(List<VolunteerDetails> rows) {
        List<FairDraw.Candidate> pool = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            VolunteerDetails v = rows.get(i);
            pool.add(new FairDraw.Candidate(String.format("V%05d", i + 1), v.gender().code(), v.ageBand().code(),
                    v.qpvCode()));
        }
        return pool;
    }

    private static int pick(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
