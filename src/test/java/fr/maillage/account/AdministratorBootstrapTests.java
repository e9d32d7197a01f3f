package fr.maillage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.testing.MaillageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A server is set up without a browser: MAILLAGE_ADMIN_EMAIL and MAILLAGE_ADMIN_PASSWORD create the
 * first administrator at start, and the setup page is then gone.
 */
@MaillageTest
@TestPropertySource(properties = {"maillage.admin.email=ops@collectivite.fr",
    "maillage.admin.password=Mot-de-passe-serveur-1"})
class AdministratorBootstrapTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void the_environment_creates_the_first_administrator() throws Exception {
        UserAccount admin = accounts.findByEmail("ops@collectivite.fr").orElseThrow();
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.isMustChangePassword()).isFalse();
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
