package fr.maillage.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QpvCodeTests {

    @ParameterizedTest
    @CsvSource({"QN02501M, 25", "QN05905I, 59", "QN09301M, 93", "QN01801N, 18", "QN02A01I, 2A", "QN02B12M, 2B",
        "QN97101N, 971", "QN97611N, 976", "QN00112I, 01", "QN09599M, 95"})
    void official_codes_are_accepted_and_name_their_departement(String code, String departement) {
        assertThat(Qpv.isWellFormed(code)).isTrue();
        assertThat(Qpv.departementOf(code)).isEqualTo(departement);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QN2501M", "QN025001M", "QN02501X", "QN02501", "QP025001", "qn02501m", "QN02001M",
        "QN09601M", "QN00001M", "QN97901N", "QN2A001I", "QN 02501M", "", "QN0250AM"})
    void other_codes_are_refused(String code) {
        assertThat(Qpv.isWellFormed(code)).isFalse();
    }
}
