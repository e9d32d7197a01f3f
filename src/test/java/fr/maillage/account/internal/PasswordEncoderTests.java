package fr.maillage.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder's cost is a setting (the tests run at bcrypt's cheapest); whatever the
 * setting, passwords hashed before still log in.
 */
class PasswordEncoderTests {

    private static final String PASSWORD = "Un-mot-de-passe-solide";

    @Test
    void hashes_with_bcrypt_at_the_configured_cost() {
        assertThat(encoder(10).encode(PASSWORD)).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder(4).encode(PASSWORD)).startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void passwords_hashed_at_another_cost_or_by_another_scheme_still_match() {
        String defaultHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
        PasswordEncoder cheap = encoder(4);

        assertThat(cheap.matches(PASSWORD, defaultHash)).isTrue();
        assertThat(cheap.matches("autre-chose", defaultHash)).isFalse();
        assertThat(encoder(12).matches(PASSWORD, cheap.encode(PASSWORD))).isTrue();
        assertThat(cheap.matches(PASSWORD, "{noop}" + PASSWORD)).isTrue();
    }

    private static PasswordEncoder encoder(int strength) {
        return new SecurityConfiguration().passwordEncoder(strength);
    }
}
