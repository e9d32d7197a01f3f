package fr.maillage.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.shared.AuditEntries;
import fr.maillage.territory.QpvImportReport.Problem;
import fr.maillage.testing.FullTerritory;
import fr.maillage.testing.MaillageTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each test uses its own QPV codes: the application context, and its database, is shared with the
 * other test classes.
 */
@MaillageTest
@FullTerritory
@Tag("database")
class QpvImportTests {

    @Autowired
    QpvImport qpvImport;

    @Autowired
    TerritoryCatalog catalog;

    @Autowired
    TerritoryDirectory directory;

    @Autowired
    AuditEntries audit;

    @Test
    void a_good_file_creates_the_qpv_with_their_communes() {
        QpvImportReport report = importUtf8("""
                code_qp;nom_qp;insee_com
                QN09301M;Franc-Moisin - Bel-Air;93066
                QN09302M;Quartier intercommunal Villette - Quatre-Chemins;93001,93066
                QN09303N;Centre-ville;93008
                """);

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(3);
        Qpv intercommunal = catalog.qpv("QN09302M");
        assertThat(intercommunal.getName()).isEqualTo("Quartier intercommunal Villette - Quatre-Chemins");
        assertThat(intercommunal.getCommuneCodes()).containsExactly("93001", "93066");
        assertThat(intercommunal.getDepartementCode()).isEqualTo("93");
        assertThat(intercommunal.isSample()).isFalse();
        assertThat(catalog.qpvOf("93066")).extracting(Qpv::getCode).contains("QN09301M", "QN09302M");
        assertThat(audit.countByEntityTypeAndEntityId("Qpv", "QN09301M")).isEqualTo(1);
    }

    @Test
    void importing_again_updates_instead_of_duplicating() {
        String file = """
                code_qp;nom_qp;insee_com
                QN01301M;Centre-Nord;13055
                QN01302I;Les Flamants - Iris;13055
                """;
        importUtf8(file);

        QpvImportReport again = importUtf8(file);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);

        QpvImportReport renamed = importUtf8(file.replace("Centre-Nord", "Grand Centre-Ville"));
        assertThat(renamed.updated()).isEqualTo(1);
        assertThat(renamed.unchanged()).isEqualTo(1);
        assertThat(catalog.qpv("QN01301M").getName()).isEqualTo("Grand Centre-Ville");
        assertThat(catalog.qpvs("13", org.springframework.data.domain.Pageable.unpaged()).getContent())
                .extracting(Qpv::getCode).containsExactly("QN01301M", "QN01302I");
    }

    @Test
    void lines_of_the_same_code_are_merged_one_commune_per_line() {
        QpvImportReport report = importUtf8("""
                code_qp;nom_qp;insee_com
                QN06901M;Mermoz - Moulin à Vent;69123
                QN06901M;Mermoz - Moulin à Vent;01053
                """);

        assertThat(report.created()).isEqualTo(1);
        assertThat(catalog.qpv("QN06901M").getCommuneCodes()).containsExactly("01053", "69123");
    }

    @Test
    void an_official_file_turns_a_sample_qpv_into_an_official_one() {
        assertThat(catalog.qpv("QN02B01M").isSample()).isTrue();

        QpvImportReport report = importUtf8("code_qp;nom_qp;insee_com\nQN02B01M;Quartiers Sud;2B033\n");

        assertThat(report.updated()).isEqualTo(1);
        assertThat(catalog.qpv("QN02B01M").isSample()).isFalse();
        assertThat(report.samplesLeft()).isPositive();
    }

    @Test
    void a_bad_file_reports_every_bad_line_and_writes_nothing() {
        QpvImportReport report = importUtf8("""
                code_qp;nom_qp;insee_com
                QN97110N;Bon quartier;97101
                QN9710N;Code trop court;97101
                QN97111N;Commune inconnue;99999
                QN97112N;;97101
                QN97113N;Sans commune;
                QN97110N;Autre nom pour le même code;97101
                """);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).containsExactly(
                new Problem(3, "territory.import.error.code.format", "QN9710N"),
                new Problem(4, "territory.import.error.commune.unknown", "99999"),
                new Problem(5, "territory.import.error.name.missing"),
                new Problem(6, "territory.import.error.communes.missing"),
                new Problem(7, "territory.import.error.name.conflict", "Autre nom pour le même code", "2", "Bon quartier"));
        assertThat(directory.find(TerritoryKind.QPV, "QN97110N")).isEmpty();
        assertThat(report.created() + report.updated()).isZero();
    }

    @Test
    void a_windows_1252_file_keeps_its_accents() {
        byte[] content = "code_qp;nom_qp;insee_com\r\nQN02120N;Quartier de l'Écluse - Côte Saint-Père;21231\r\n"
                .getBytes(Charset.forName("windows-1252"));

        QpvImportReport report = qpvImport.importOfficial(content);

        assertThat(report.created()).isEqualTo(1);
        assertThat(directory.find(TerritoryKind.QPV, "QN02120N")).map(TerritoryRef::name)
                .isEqualTo(Optional.of("Quartier de l'Écluse - Côte Saint-Père"));
        assertThat(directory.search(TerritoryKind.QPV, "ecluse", 5)).extracting(TerritoryRef::code)
                .containsExactly("QN02120N");
    }

    @Test
    void the_demonstration_sample_is_loaded_and_marked() {
        Qpv planoise = catalog.qpv("QN02510M");
        assertThat(planoise.getName()).isEqualTo("Planoise");
        assertThat(planoise.getCommuneCodes()).containsExactly("25056");
        assertThat(catalog.qpv("QN02501M").isSample()).isTrue();
        assertThat(catalog.qpvOf("59014")).extracting(Qpv::getCode).contains("QN05902M", "QN05904M", "QN05905I");
        assertThat(List.of("QN02A01I", "QN97601N")).allSatisfy(code -> assertThat(catalog.qpv(code).isSample()).isTrue());
    }

    private QpvImportReport importUtf8(String text) {
        return qpvImport.importOfficial(text.getBytes(StandardCharsets.UTF_8));
    }
}
