package fr.maillage.bench.dataset;

import fr.maillage.bench.BenchSize;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Generates the directory's organisations and the workspaces' contacts as CSV files (semicolon,
 * UTF-8 with BOM, the French Excel dialect), ready for the directory module's import: organisations
 * sit mostly in the workspaces' communes, carry valid SIREN/SIRET (and an RNA number for
 * associations), and a share of them are carriers (porteurs) of funded actions. The contacts follow
 * ({@link ContactGenerator}).
 */
final class OrganisationGenerator {

    static final String ORGANISATIONS_FILE = "organisations.csv";
    static final List<String> ORGANISATION_COLUMNS = List.of("id", "siret", "siren", "rna", "nom", "categorie",
            "nature_juridique", "adresse", "code_postal", "commune_insee", "commune", "epci", "porteur", "courriel",
            "telephone", "site_web");
    static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').get();
    private static final String[] CATEGORIES = {"association", "entreprise", "etablissement_scolaire", "commune",
        "ccas", "bailleur_social", "epci", "service_etat", "organisme_social"};
    private static final double[] SHARES = {0.70, 0.10, 0.08, 0.04, 0.03, 0.02, 0.01, 0.01, 0.01};

    private static final List<String> THEMES = List.of("education", "parentalite", "emploi", "sante", "cadre-de-vie",
            "participation", "culture", "sport", "numerique", "tranquillite", "insertion", "jeunesse",
            "acces-aux-droits", "logement", "mobilite");
    private static final java.time.Instant CREATED = java.time.Instant.parse("2025-03-01T08:00:00Z");

    /** The directory's rows and how many carriers the organisations' file marks. */
    record Result(List<Rows.Organisation> organisations, int carriers, List<Rows.Contact> contacts) {
    }

    private final Territory territory;
    private final SplittableRandom random;
    private final Set<String> sirens = new HashSet<>();
    private final Set<String> uniqueNames = new HashSet<>();
    private final Map<String, String> departementNames = new HashMap<>();
    private final Map<String, String> epciNames = new HashMap<>();
    private final List<PlacedOrganisation> placed = new ArrayList<>();
    private final List<Rows.Organisation> rows = new ArrayList<>();
    private final Set<String> rnas = new HashSet<>();
    private final Map<String, List<Territory.Qpv>> qpvsByCommune;

    private OrganisationGenerator(Territory territory, long seed) {
        this.territory = territory;
        this.random = new SplittableRandom(seed ^ 0x0A6EL);
        territory.departements().forEach(d -> departementNames.put(d.code(), d.name()));
        territory.epcis().forEach(e -> epciNames.put(e.code(), e.name()));
        this.qpvsByCommune = territory.qpvsByCommune();
    }

    static Result generate(Territory territory, BenchSize size, long seed, List<Rows.Workspace> workspaces,
            List<Rows.Perimeter> perimeter, FirstIds ids, Path folder) throws IOException {
        OrganisationGenerator generator = new OrganisationGenerator(territory, seed);
        int carriers = generator.organisations(size, perimeter, ids.organisation(), folder.resolve(ORGANISATIONS_FILE));
        List<Rows.Contact> contacts = new ContactGenerator(territory, generator.placed, generator.random)
                .write(workspaces, perimeter, size.contacts(), ids.contact(), folder.resolve(ContactGenerator.FILE));
        return new Result(List.copyOf(generator.rows), carriers, contacts);
    }

    private int organisations(BenchSize size, List<Rows.Perimeter> perimeter, long firstId, Path file)
            throws IOException {
        WeightedPicker<Territory.Commune> everywhere = new WeightedPicker<>(territory.communes(),
                c -> c.population());
        Map<String, Territory.Commune> byCode = territory.communesByCode();
        List<Territory.Commune> active = perimeter.stream().filter(p -> p.kind().equals("COMMUNE"))
                .map(p -> byCode.get(p.code())).filter(java.util.Objects::nonNull).distinct().toList();
        WeightedPicker<Territory.Commune> nearWork = active.isEmpty() ? everywhere
                : new WeightedPicker<>(active, c -> Math.sqrt(c.population()));
        Set<Integer> carriers = carrierIds(size);
        try (Writer out = bomWriter(file); CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            csv.printRecord(ORGANISATION_COLUMNS);
            for (int i = 1; i <= size.organisations(); i++) {
                Territory.Commune commune = (random.nextDouble() < 0.7 ? nearWork : everywhere).pick(random);
                String category = category(commune);
                csv.printRecord(organisation(firstId + i - 1, category, commune, carriers.contains(i)));
            }
        }
        return carriers.size();
    }

    private List<String> organisation(long id, String category, Territory.Commune commune, boolean carrier) {
        String name = name(category, commune);
        String siren = category.equals("epci") && commune.epci() != null && sirens.add(commune.epci()) ? commune.epci()
                : siren();
        boolean association = category.equals("association");
        String siret = association && random.nextDouble() < 0.15 ? "" : Identifiers.siret(siren, 1 + random.nextInt(
                association ? 3 : 40));
        String domain = Lexicon.slug(name, "-") + ".example.org";
        String rna = association ? rna(commune) : "";
        String street = (1 + random.nextInt(120)) + " " + Lexicon.pick(Lexicon.STREETS, random);
        String phone = Lexicon.phone(random, false);
        String website = random.nextDouble() < 0.6 ? "https://" + domain : "";
        placed.add(new PlacedOrganisation(id, commune.code(), commune.departement(), domain));
        rows.add(new Rows.Organisation(id, name, kind(category), blank(siret), blank(rna), street,
                commune.postalCode(), commune.code(), commune.epci(), blank(website), phone, "contact@" + domain,
                CREATED.plusSeconds(id), themes(association), qpv(commune)));
        return List.of(String.valueOf(id), siret, siret.isEmpty() ? "" : siren, rna, name, category,
                natureJuridique(category), street, commune.postalCode() == null ? "" : commune.postalCode(),
                commune.code(), commune.name(), commune.epci() == null ? "" : commune.epci(), carrier ? "oui" : "non",
                "contact@" + domain, phone, website);
    }

    /** An RNA number not given yet (the directory keeps them unique). */
    private String rna(Territory.Commune commune) {
        while (true) {
            String rna = Identifiers.rna(commune.departement(), random);
            if (rnas.add(rna)) {
                return rna;
            }
        }
    }

    /** Associations work on one or two themes of the directory. */
    private List<String> themes(boolean association) {
        if (!association) {
            return List.of();
        }
        String first = Lexicon.pick(THEMES, random);
        String second = Lexicon.pick(THEMES, random);
        return random.nextBoolean() || first.equals(second) ? List.of(first) : List.of(first, second);
    }

    /** Half the organisations of a commune that has QPV work in one of them. */
    private String qpv(Territory.Commune commune) {
        List<Territory.Qpv> qpvs = qpvsByCommune.getOrDefault(commune.code(), List.of());
        return qpvs.isEmpty() || random.nextBoolean() ? null : Lexicon.pick(qpvs, random).code();
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The directory's kind of body for a category of the file. */
    private static String kind(String category) {
        return switch (category) {
            case "organisme_social" -> "CAF";
            default -> category.toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** The category, turned into an association when a one-per-territory body already exists. */
    private String category(Territory.Commune commune) {
        double draw = random.nextDouble();
        String category = CATEGORIES[CATEGORIES.length - 1];
        for (int i = 0; i < SHARES.length; i++) {
            draw -= SHARES[i];
            if (draw < 0) {
                category = CATEGORIES[i];
                break;
            }
        }
        String key = switch (category) {
            case "commune", "ccas" -> category + commune.code();
            case "epci" -> commune.epci() == null ? null : category + commune.epci();
            case "service_etat", "organisme_social" -> category + commune.departement();
            default -> "";
        };
        return key == null || !key.isEmpty() && !uniqueNames.add(key) ? "association" : category;
    }

    private String name(String category, Territory.Commune commune) {
        String departement = departementNames.getOrDefault(commune.departement(), commune.departement());
        return switch (category) {
            case "commune" -> "Commune de " + commune.name();
            case "ccas" -> "Centre communal d'action sociale de " + commune.name();
            case "epci" -> epciNames.getOrDefault(commune.epci(), "Intercommunalité de " + commune.name());
            case "service_etat" -> "Préfecture – " + departement;
            case "organisme_social" -> "Caisse d'allocations familiales – " + departement;
            case "etablissement_scolaire" -> OrganisationNames.school(random);
            case "bailleur_social" -> OrganisationNames.landlord(commune, random);
            case "entreprise" -> OrganisationNames.company(random);
            default -> OrganisationNames.association(commune, random);
        };
    }

    private static String natureJuridique(String category) {
        return switch (category) {
            case "association" -> "9220";
            case "entreprise" -> "5710";
            case "etablissement_scolaire" -> "7331";
            case "commune" -> "7210";
            case "ccas" -> "7361";
            case "bailleur_social" -> "7371";
            case "epci" -> "7348";
            case "service_etat" -> "7172";
            default -> "8110";
        };
    }

    private String siren() {
        while (true) {
            String siren = Identifiers.siren(random);
            if (sirens.add(siren)) {
                return siren;
            }
        }
    }

    /** Which organisation ids carry funded actions: a random set of the right size. */
    private Set<Integer> carrierIds(BenchSize size) {
        Set<Integer> ids = new HashSet<>();
        int wanted = Math.min(size.carriers(), size.organisations());
        while (ids.size() < wanted) {
            ids.add(1 + random.nextInt(size.organisations()));
        }
        return ids;
    }

    static Writer bomWriter(Path file) throws IOException {
        Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write('\uFEFF');
        return out;
    }
}
