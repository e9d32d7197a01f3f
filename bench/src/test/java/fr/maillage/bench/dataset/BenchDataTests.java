package fr.maillage.bench.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.bench.BenchSize;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDataTests {

    private static final Territory TERRITORY = Fixtures.territory();

    @TempDir
    Path folder;

    @Test
    void the_same_seed_gives_the_same_rows_and_the_same_files() throws IOException {
        BenchData first = BenchData.generate(TERRITORY, BenchSize.SMOKE, 7, FirstIds.EMPTY, true, folder.resolve("a"));
        BenchData second = BenchData.generate(TERRITORY, BenchSize.SMOKE, 7, FirstIds.EMPTY, true, folder.resolve("b"));
        assertThat(second).isEqualTo(first);
        for (String file : List.of(BenchData.ORGANISATIONS_FILE, BenchData.CONTACTS_FILE)) {
            assertThat(Files.readAllBytes(folder.resolve("b").resolve(file)))
                    .isEqualTo(Files.readAllBytes(folder.resolve("a").resolve(file)));
        }
    }

    @Test
    void another_seed_gives_other_people_and_organisations() throws IOException {
        BenchData first = BenchData.generate(TERRITORY, BenchSize.SMOKE, 7, FirstIds.EMPTY, true, folder.resolve("a"));
        BenchData other = BenchData.generate(TERRITORY, BenchSize.SMOKE, 8, FirstIds.EMPTY, true, folder.resolve("b"));
        assertThat(other.users()).isNotEqualTo(first.users());
        assertThat(Files.readString(folder.resolve("b").resolve(BenchData.ORGANISATIONS_FILE)))
                .isNotEqualTo(Files.readString(folder.resolve("a").resolve(BenchData.ORGANISATIONS_FILE)));
    }

    @Test
    void workspaces_of_each_kind_sit_on_real_territories() throws IOException {
        BenchData data = BenchData.generate(TERRITORY, BenchSize.SMOKE, 7, new FirstIds(10, 20, 30, 40, 50), false, folder);
        Map<String, Long> byType = data.workspaces().stream()
                .collect(Collectors.groupingBy(Rows.Workspace::type, Collectors.counting()));
        assertThat(byType).containsEntry("CONTRAT_DE_VILLE", 3L).containsEntry("CITE_EDUCATIVE", 3L)
                .containsEntry("PRE", 3L).containsEntry("CENTRE_RESSOURCES", 2L);
        assertThat(data.workspaces().get(0).id()).isEqualTo(20);
        Set<String> known = new java.util.HashSet<>();
        TERRITORY.communes().forEach(c -> known.add("COMMUNE:" + c.code()));
        TERRITORY.epcis().forEach(e -> known.add("EPCI:" + e.code()));
        TERRITORY.qpvs().forEach(q -> known.add("QPV:" + q.code()));
        assertThat(data.perimeter()).isNotEmpty()
                .allSatisfy(p -> assertThat(known).contains(p.kind() + ":" + p.code()));
        assertThat(data.workspaces()).allSatisfy(w -> assertThat(data.perimeter())
                .anyMatch(p -> p.workspaceId() == w.id()));
    }

    @Test
    void every_workspace_has_a_team_led_by_a_pilote_and_the_bench_user_pilots_a_contrat_de_ville()
            throws IOException {
        BenchData data = BenchData.generate(TERRITORY, BenchSize.SMOKE, 7, new FirstIds(10, 20, 30, 40, 50), true, folder);
        assertThat(data.users()).extracting(Rows.User::email).doesNotHaveDuplicates()
                .contains(BenchData.BENCH_USER, BenchData.BENCH_ADMIN);
        assertThat(data.users().get(0).id()).isEqualTo(10);
        assertThat(data.users()).filteredOn(Rows.User::admin).extracting(Rows.User::email)
                .containsExactly(BenchData.BENCH_ADMIN);
        Set<Long> users = data.users().stream().map(Rows.User::id).collect(Collectors.toSet());
        assertThat(data.memberships()).allSatisfy(m -> assertThat(users).contains(m.userId()));
        assertThat(data.workspaces()).allSatisfy(w -> assertThat(data.memberships())
                .anyMatch(m -> m.workspaceId() == w.id() && m.role().equals("PILOTE")));
        Map<Long, Rows.Workspace> workspaces = data.workspaces().stream()
                .collect(Collectors.toMap(Rows.Workspace::id, Function.identity()));
        assertThat(workspaces.get(data.benchWorkspaceId()).type()).isEqualTo("CONTRAT_DE_VILLE");
        assertThat(data.apiToken().tokenHash()).isEqualTo(PeopleGenerator.sha256(data.apiTokenSecret()));
        assertThat(data.audit()).hasSize(data.workspaces().size() * 2 + data.memberships().size());
    }

    @Test
    void organisations_carry_valid_identifiers_and_contacts_point_at_them() throws IOException {
        BenchData data = BenchData.generate(TERRITORY, BenchSize.SMOKE, 7, FirstIds.EMPTY, true, folder);
        assertThat(data.organisations()).hasSize(BenchSize.SMOKE.organisations());
        assertThat(data.organisations()).extracting(Rows.Organisation::rna).filteredOn(java.util.Objects::nonNull)
                .doesNotHaveDuplicates();
        assertThat(data.organisations()).extracting(Rows.Organisation::kind).allSatisfy(kind -> assertThat(kind)
                .isIn("ASSOCIATION", "COMMUNE", "EPCI", "ETABLISSEMENT_SCOLAIRE", "CCAS", "CAF", "BAILLEUR_SOCIAL",
                        "SERVICE_ETAT", "ENTREPRISE"));
        assertThat(data.contacts()).hasSize(BenchSize.SMOKE.contacts());
        List<CSVRecord> organisations = read(folder.resolve(BenchData.ORGANISATIONS_FILE));
        assertThat(organisations).hasSize(BenchSize.SMOKE.organisations());
        assertThat(organisations).filteredOn(o -> o.get("porteur").equals("oui")).hasSize(BenchSize.SMOKE.carriers());
        for (CSVRecord organisation : organisations) {
            String siret = organisation.get("siret");
            if (!siret.isEmpty()) {
                assertThat(Identifiers.luhnValid(siret)).as(siret).isTrue();
                assertThat(siret).startsWith(organisation.get("siren"));
                assertThat(Identifiers.luhnValid(organisation.get("siren"))).isTrue();
            } else {
                assertThat(organisation.get("categorie")).isEqualTo("association");
            }
            if (organisation.get("categorie").equals("association")) {
                assertThat(organisation.get("rna")).matches("W\\d{9}");
            }
            assertThat(TERRITORY.communesByCode()).containsKey(organisation.get("commune_insee"));
        }
        Set<String> workspaceIds = data.workspaces().stream().map(w -> String.valueOf(w.id()))
                .collect(Collectors.toSet());
        List<CSVRecord> contacts = read(folder.resolve(BenchData.CONTACTS_FILE));
        assertThat(contacts).hasSize(BenchSize.SMOKE.contacts()).allSatisfy(c -> {
            assertThat(workspaceIds).contains(c.get("espace_id"));
            assertThat(Integer.parseInt(c.get("organisation_id"))).isBetween(1, BenchSize.SMOKE.organisations());
            assertThat(c.get("telephone")).matches("0\\d( \\d\\d){4}");
        });
    }

    /** Reads a generated file as the directory module will: semicolons, UTF-8 with BOM, a header. */
    private static List<CSVRecord> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (Reader reader = new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8).substring(1))) {
            return CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }
}
