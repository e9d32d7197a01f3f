package fr.maillage.bench.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdentifiersTests {

    @Test
    void the_luhn_check_accepts_real_identifiers_and_refuses_a_typo() {
        assertThat(Identifiers.luhnValid("732829320")).isTrue();
        assertThat(Identifiers.luhnValid("73282932000074")).isTrue();
        assertThat(Identifiers.luhnValid("54205118000066")).isTrue();
        assertThat(Identifiers.luhnValid("73282932000075")).isFalse();
        assertThat(Identifiers.luhnValid("123456789")).isFalse();
        assertThat(Identifiers.luhnValid("7328293200007A")).isFalse();
        assertThat(Identifiers.luhnValid("")).isFalse();
    }

    @Test
    void generated_siren_and_siret_pass_the_check_and_never_are_la_poste() {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            String siren = Identifiers.siren(random);
            String siret = Identifiers.siret(siren, 1 + random.nextInt(9_999));
            assertThat(siren).hasSize(9).isNotEqualTo(Identifiers.LA_POSTE).doesNotStartWith("0");
            assertThat(Identifiers.luhnValid(siren)).as(siren).isTrue();
            assertThat(siret).hasSize(14).startsWith(siren);
            assertThat(Identifiers.luhnValid(siret)).as(siret).isTrue();
        }
    }

    @Test
    void the_head_office_siret_of_a_known_siren_is_the_real_one() {
        assertThat(Identifiers.siret("732829320", 7)).isEqualTo("73282932000074");
    }

    @Test
    void an_establishment_number_must_fit_in_four_digits() {
        assertThatThrownBy(() -> Identifiers.siret("732829320", 10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rna_numbers_are_w_and_nine_digits_starting_with_the_departement() {
        SplittableRandom random = new SplittableRandom(2);
        assertThat(Identifiers.rna("25", random)).matches("W25\\d{7}");
        assertThat(Identifiers.rna("974", random)).matches("W974\\d{6}");
        assertThat(Identifiers.rna("2A", random)).matches("W\\d{9}");
    }
}
