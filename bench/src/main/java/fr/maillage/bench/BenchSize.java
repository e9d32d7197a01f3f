package fr.maillage.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much data a benchmark run generates. {@link #NATIONAL} is the yardstick of DESIGN.md
 * ("Scale"): the country's contrats de ville, cités éducatives, PRE and centres de ressources, their
 * teams, and the actors they work with. The smaller sizes keep the same proportions.
 *
 * @param contratsDeVille     contrats de ville (one per EPCI)
 * @param citesEducatives     cités éducatives
 * @param pre                 programmes de réussite éducative
 * @param centresRessources   centres de ressources politique de la ville (one per région)
 * @param usersPerWorkspace   team members per workspace
 * @param qpv                 QPV of the generated official list
 * @param organisations       organisations of the directory
 * @param carriers            organisations among them that carry funded actions
 * @param contacts            contacts, each owned by one workspace
 */
public enum BenchSize {

    SMOKE(3, 3, 3, 2, 3, 20, 50, 10, 80),
    SMALL(40, 25, 55, 4, 5, 170, 6_000, 1_280, 10_000),
    MEDIUM(150, 100, 210, 10, 5, 640, 24_000, 5_120, 40_000),
    NATIONAL(385, 250, 530, 20, 5, 1_600, 60_000, 12_800, 100_000),
    /** The directory's measured targets (issue "Actor directory"): national workspaces, 100,000 organisations, 300,000 contacts. */
    ANNUAIRE(385, 250, 530, 20, 5, 1_600, 100_000, 12_800, 300_000);

    private final int contratsDeVille;
    private final int citesEducatives;
    private final int pre;
    private final int centresRessources;
    private final int usersPerWorkspace;
    private final int qpv;
    private final int organisations;
    private final int carriers;
    private final int contacts;

    BenchSize(int contratsDeVille, int citesEducatives, int pre, int centresRessources, int usersPerWorkspace,
            int qpv, int organisations, int carriers, int contacts) {
        this.contratsDeVille = contratsDeVille;
        this.citesEducatives = citesEducatives;
        this.pre = pre;
        this.centresRessources = centresRessources;
        this.usersPerWorkspace = usersPerWorkspace;
        this.qpv = qpv;
        this.organisations = organisations;
        this.carriers = carriers;
        this.contacts = contacts;
    }

    /** The size named on the command line ("smoke", "small", "medium", "national"). */
    public static BenchSize of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown size '" + name + "'; expected one of "
                    + Arrays.stream(values()).map(BenchSize::label).collect(Collectors.joining(", ")), e);
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int contratsDeVille() {
        return contratsDeVille;
    }

    public int citesEducatives() {
        return citesEducatives;
    }

    public int pre() {
        return pre;
    }

    public int centresRessources() {
        return centresRessources;
    }

    public int workspaces() {
        return contratsDeVille + citesEducatives + pre + centresRessources;
    }

    public int usersPerWorkspace() {
        return usersPerWorkspace;
    }

    public int qpv() {
        return qpv;
    }

    public int organisations() {
        return organisations;
    }

    public int carriers() {
        return carriers;
    }

    public int contacts() {
        return contacts;
    }
}
