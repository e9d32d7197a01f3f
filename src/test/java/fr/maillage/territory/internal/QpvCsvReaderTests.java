package fr.maillage.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.territory.QpvImportReport.Problem;
import fr.maillage.territory.internal.QpvCsvReader.Row;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QpvCsvReaderTests {

    @Test
    void semicolons_and_windows_1252_as_excel_saves_them() {
        byte[] content = "code_qp;nom_qp;insee_com\r\nQN02103I;Côte-d'Or Énergie;21166\r\n"
                .getBytes(Charset.forName("windows-1252"));
        List<Row> rows = QpvCsvReader.read(content).rows();
        assertThat(rows).containsExactly(new Row(2, "QN02103I", "Côte-d'Or Énergie", List.of("21166")));
    }

    @Test
    void commas_utf8_with_bom_and_several_communes_in_one_cell() {
        byte[] content = "\uFEFFCODE_QP,Nom_QP,communes\nqn05902m,\"Faubourg, Bleuse Borne\",59606|59014\n"
                .getBytes(StandardCharsets.UTF_8);
        List<Row> rows = QpvCsvReader.read(content).rows();
        assertThat(rows).containsExactly(new Row(2, "QN05902M", "Faubourg, Bleuse Borne", List.of("59606", "59014")));
    }

    @Test
    void line_numbers_are_those_of_the_file() {
        byte[] content = "code_qp;lib_qp;code_insee\n\nQN02501M;\"Petite\nHollande\";25388\nQN02502M;Chiffogne;1053\n"
                .getBytes(StandardCharsets.UTF_8);
        List<Row> rows = QpvCsvReader.read(content).rows();
        assertThat(rows).extracting(Row::line).containsExactly(3, 5);
        assertThat(rows.get(1).communes()).as("leading zero restored").containsExactly("01053");
    }

    @Test
    void a_header_without_the_expected_columns_is_refused_at_line_one() {
        List<Problem> problems = QpvCsvReader.read("quartier;ville\nPlanoise;25056\n".getBytes(StandardCharsets.UTF_8))
                .problems();
        assertThat(problems).containsExactly(new Problem(1, "territory.import.error.columns",
                List.of("code_qp, insee_com, nom_qp")));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(QpvCsvReader.read(new byte[0]).problems()).extracting(Problem::messageKey)
                .containsExactly("territory.import.error.empty");
    }
}
