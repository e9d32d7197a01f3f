package fr.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The company directory lookup against a real HTTP server answering like API Recherche
 * d'entreprises: results fill the form, and a slow or failing service leaves a usable form with a
 * French message.
 */
class CompanyLookupTests extends DirectoryTestSupport {

    @Autowired
    CompanyDirectory companies;

    @Test
    void results_are_mapped_to_suggestions() {
        assertThat(companies.search("debrouillards")).first().satisfies(s -> {
            assertThat(s.siren()).isEqualTo("732829320");
            assertThat(s.siret()).isEqualTo("73282932000074");
            assertThat(s.name()).isEqualTo("ASSOCIATION LES PETITS DEBROUILLARDS DU DOUBS");
            assertThat(s.street()).isEqualTo("12 RUE DE LA PAIX");
            assertThat(s.postalCode()).isEqualTo("25200");
            assertThat(s.communeCode()).isEqualTo("25388");
            assertThat(s.kind()).isEqualTo(OrganisationKind.ASSOCIATION);
            assertThat(s.rna()).isEqualTo("W251002345");
        });
        assertThat(companies.search("automobiles").get(1).kind()).isEqualTo(OrganisationKind.ENTREPRISE);
    }

    @Test
    void the_form_lists_results_and_use_fills_the_form() throws Exception {
        mvc.perform(get(base(montbeliard) + "/organisations/nouvelle").param("recherche", "debrouillards")
                        .with(user(me(contributeur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ASSOCIATION LES PETITS DEBROUILLARDS DU DOUBS")))
                .andExpect(content().string(containsString("siret=73282932000074")));
        mvc.perform(get(base(montbeliard) + "/entreprises").param("recherche", "debrouillards")
                        .with(user(me(contributeur))))
                .andExpect(content().string(containsString("id=\"suggestions\"")))
                .andExpect(content().string(containsString("Utiliser")));
        mvc.perform(get(base(montbeliard) + "/organisations/nouvelle").with(user(me(contributeur)))
                        .param("name", "ASSOCIATION LES PETITS DEBROUILLARDS DU DOUBS").param("kind", "ASSOCIATION")
                        .param("siret", "73282932000074").param("rna", "W251002345").param("communeCode", "25388"))
                .andExpect(content().string(containsString("value=\"73282932000074\"")))
                .andExpect(content().string(containsString("value=\"W251002345\"")));
    }

    @Test
    void a_slow_answer_gives_a_french_message_and_the_form_still_works() throws Exception {
        assertThatThrownBy(() -> companies.search("lent")).isInstanceOf(CompanyDirectoryUnavailableException.class);
        mvc.perform(get(base(montbeliard) + "/organisations/nouvelle").param("recherche", "lent")
                        .with(user(me(contributeur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L&#39;annuaire des entreprises ne répond pas")))
                .andExpect(content().string(containsString("name=\"name\"")));
    }

    @Test
    void an_error_answer_gives_the_same_message() throws Exception {
        assertThatThrownBy(() -> companies.search("panne")).isInstanceOf(CompanyDirectoryUnavailableException.class);
        mvc.perform(get(base(montbeliard) + "/entreprises").param("recherche", "panne").with(user(me(contributeur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L&#39;annuaire des entreprises ne répond pas")));
    }
}
