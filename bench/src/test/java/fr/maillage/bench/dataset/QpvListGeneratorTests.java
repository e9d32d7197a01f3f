package fr.maillage.bench.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QpvListGeneratorTests {

    private static final Territory TERRITORY = Fixtures.territory();

    @Test
    void codes_follow_the_official_format_and_never_reuse_a_known_sequence() {
        List<Territory.Qpv> qpvs = QpvListGenerator.generate(TERRITORY, 15, 42);
        assertThat(qpvs).hasSize(15).extracting(Territory.Qpv::code).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("QN\\d{2}[0-9AB]\\d{2}[MIN]"));
        List<String> knownSequences = TERRITORY.qpvs().stream().map(q -> q.code().substring(0, 7)).toList();
        assertThat(qpvs).allSatisfy(q -> assertThat(knownSequences).doesNotContain(q.code().substring(0, 7)));
    }

    @Test
    void every_qpv_lies_in_real_communes_of_its_departement() {
        var communes = TERRITORY.communesByCode();
        assertThat(QpvListGenerator.generate(TERRITORY, 15, 42)).allSatisfy(q -> {
            assertThat(q.communes()).isNotEmpty().allSatisfy(c -> assertThat(communes).containsKey(c));
            assertThat(q.code().substring(2, 5)).endsWith(communes.get(q.communes().get(0)).departement());
            assertThat(q.name()).isNotBlank();
        });
    }

    @Test
    void the_same_seed_gives_the_same_list() {
        assertThat(QpvListGenerator.generate(TERRITORY, 15, 42))
                .isEqualTo(QpvListGenerator.generate(TERRITORY, 15, 42));
    }

    @Test
    void the_file_has_the_columns_of_the_official_list(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("qpv.csv");
        QpvListGenerator.write(QpvListGenerator.generate(TERRITORY, 5, 1), file);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("code_qp;nom_qp;insee_com");
        assertThat(lines.subList(1, 6)).allSatisfy(l -> assertThat(l).matches("QN\\w{6};[^;]+;\\d{5}(,\\d{5})?"));
    }
}
