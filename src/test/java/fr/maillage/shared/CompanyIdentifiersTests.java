package fr.maillage.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SIREN, SIRET and RNA numbers are accepted only when well formed and, for SIREN and SIRET, when
 * their checksum holds.
 */
class CompanyIdentifiersTests {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "552100554", "130025265", "356000000"})
    void valid_sirens_are_accepted(String siren) {
        assertThat(Siren.of(siren).value()).isEqualTo(siren);
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "12345678", "1234567890", "73282932A", ""})
    void malformed_or_wrong_sirens_are_refused(String siren) {
        assertThatIllegalArgumentException().isThrownBy(() -> Siren.of(siren));
        assertThat(Siren.isValid(siren)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "55210055400013", "13002526500013", "732 829 320 00074"})
    void valid_sirets_are_accepted(String siret) {
        assertThat(Siret.isValid(siret)).isTrue();
        assertThat(Siret.of(siret).siren().value()).isEqualTo(siret.replace(" ", "").substring(0, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "7328293200007", "7328293200007A", "55210055400014"})
    void sirets_with_a_bad_checksum_or_shape_are_refused(String siret) {
        assertThat(Siret.isValid(siret)).isFalse();
    }

    @Test
    void la_poste_establishments_follow_the_sum_of_digits_rule() {
        // 3+5+6 = 14, plus the establishment digits: 14 + 1 = 15 is a multiple of 5.
        assertThat(Siret.isValid("35600000000001")).isTrue();
        assertThat(Siret.isValid("35600000000100")).isTrue();
        // 14 + 2 = 16: refused.
        assertThat(Siret.isValid("35600000000002")).isFalse();
        assertThat(Siret.of("35600000000001").siren().value()).isEqualTo(Siret.LA_POSTE);
    }

    @Test
    void rna_numbers_are_w_and_nine_digits() {
        assertThat(Rna.of("w751234567").value()).isEqualTo("W751234567");
        assertThat(Rna.isValid("W75123456")).isFalse();
        assertThat(Rna.isValid("X751234567")).isFalse();
        assertThat(Rna.isValid("W7512345678")).isFalse();
        assertThat(Rna.isValid(null)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new Rna("w751234567"));
    }
}
