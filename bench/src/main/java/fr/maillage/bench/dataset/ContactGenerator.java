package fr.maillage.bench.dataset;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the contacts: each belongs to one workspace (more to contrats de ville and centres de
 * ressources, which work with more partners) and works for an organisation of that workspace's
 * communes or EPCI when there is one.
 */
final class ContactGenerator {

    static final String FILE = "contacts.csv";
    static final List<String> COLUMNS = List.of("id", "espace_id", "organisation_id", "civilite", "prenom", "nom",
            "fonction", "courriel", "telephone");
    private static final List<String> WOMEN_FUNCTIONS = List.of("Directrice", "Présidente", "Trésorière",
            "Chargée de mission", "Coordinatrice", "Animatrice", "Référente famille", "Principale",
            "Principale adjointe", "Responsable de secteur", "Médiatrice sociale", "Éducatrice", "Cheffe de projet",
            "Directrice générale des services", "Responsable administrative et financière");
    private static final List<String> MEN_FUNCTIONS = List.of("Directeur", "Président", "Trésorier",
            "Chargé de mission", "Coordinateur", "Animateur", "Référent famille", "Principal", "Principal adjoint",
            "Responsable de secteur", "Médiateur social", "Éducateur", "Chef de projet",
            "Directeur général des services", "Responsable administratif et financier");

    private final List<PlacedOrganisation> organisations;
    private final SplittableRandom random;
    private final Map<String, List<PlacedOrganisation>> byCommune = new HashMap<>();
    private final Map<String, List<PlacedOrganisation>> byEpci = new HashMap<>();

    ContactGenerator(Territory territory, List<PlacedOrganisation> organisations, SplittableRandom random) {
        this.organisations = organisations;
        this.random = random;
        Map<String, String> epciOf = new HashMap<>();
        territory.communes().forEach(c -> epciOf.put(c.code(), c.epci()));
        for (PlacedOrganisation organisation : organisations) {
            byCommune.computeIfAbsent(organisation.communeCode(), c -> new ArrayList<>()).add(organisation);
            String epci = epciOf.get(organisation.communeCode());
            if (epci != null) {
                byEpci.computeIfAbsent(epci, c -> new ArrayList<>()).add(organisation);
            }
        }
    }

    /** Writes the file and returns the same contacts as rows, numbered from {@code firstId}. */
    List<Rows.Contact> write(List<Rows.Workspace> workspaces, List<Rows.Perimeter> perimeter, int count, long firstId,
            Path file) throws IOException {
        Map<Long, List<PlacedOrganisation>> near = nearby(perimeter);
        WeightedPicker<Rows.Workspace> picker = workspaces.isEmpty() ? null : new WeightedPicker<>(workspaces,
                w -> switch (w.type()) {
                    case "CONTRAT_DE_VILLE" -> 3.0;
                    case "CITE_EDUCATIVE" -> 2.0;
                    case "PRE" -> 1.5;
                    default -> 4.0;
                });
        List<Rows.Contact> contacts = new ArrayList<>();
        try (Writer out = OrganisationGenerator.bomWriter(file);
                CSVPrinter csv = new CSVPrinter(out, OrganisationGenerator.FORMAT)) {
            csv.printRecord(COLUMNS);
            for (long id = firstId; id < firstId + count && picker != null && !organisations.isEmpty(); id++) {
                Rows.Workspace workspace = picker.pick(random);
                List<PlacedOrganisation> candidates = near.getOrDefault(workspace.id(), List.of());
                PlacedOrganisation organisation = Lexicon.pick(candidates.isEmpty() ? organisations : candidates,
                        random);
                boolean woman = random.nextBoolean();
                String first = Lexicon.pick(woman ? Lexicon.WOMEN : Lexicon.MEN, random);
                String last = Lexicon.pick(Lexicon.SURNAMES, random);
                String function = Lexicon.pick(woman ? WOMEN_FUNCTIONS : MEN_FUNCTIONS, random);
                String email = Lexicon.slug(first, "-") + "." + Lexicon.slug(last, "-") + "@" + organisation.domain();
                String phone = Lexicon.phone(random, random.nextBoolean());
                csv.printRecord(id, workspace.id(), organisation.id(), woman ? "Mme" : "M.", first, last, function,
                        email, phone);
                boolean consent = random.nextDouble() < 0.1;
                contacts.add(new Rows.Contact(id, workspace.id(), organisation.id(), first, last, function, email,
                        phone, consent ? "CONSENTEMENT" : "MISSION_INTERET_PUBLIC",
                        consent ? java.time.LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28)) : null,
                        java.time.Instant.parse("2025-06-01T08:00:00Z").plusSeconds(id)));
            }
        }
        return List.copyOf(contacts);
    }

    /** For each workspace, the organisations of its communes and EPCI. */
    private Map<Long, List<PlacedOrganisation>> nearby(List<Rows.Perimeter> perimeter) {
        Map<Long, List<PlacedOrganisation>> near = new HashMap<>();
        for (Rows.Perimeter entry : perimeter) {
            List<PlacedOrganisation> found = switch (entry.kind()) {
                case "COMMUNE" -> byCommune.getOrDefault(entry.code(), List.of());
                case "EPCI" -> byEpci.getOrDefault(entry.code(), List.of());
                default -> List.of();
            };
            near.computeIfAbsent(entry.workspaceId(), id -> new ArrayList<>()).addAll(found);
        }
        return near;
    }
}
