package fr.maillage.territory;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.testing.FullTerritory;
import fr.maillage.testing.MaillageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@MaillageTest
@FullTerritory
class TerritoryApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService details;

    @Autowired
    TerritoryLoader loader;

    @Autowired
    fr.maillage.account.ApiTokenManagement tokens;

    AccountPrincipal caller;
    String bearer;

    @BeforeEach
    void setUp() {
        loader.awaitIndexed();
        caller = TerritoryUsers.create(accounts, details, false);
        bearer = "Bearer " + tokens.create(caller.id(), "tests du référentiel").secret();
    }

    @Test
    void communes_are_searched_by_name_without_accents() throws Exception {
        mvc.perform(get("/api/v1/territory/communes").param("q", "besancon").param("limit", "3").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("25056"))
                .andExpect(jsonPath("$.items[0].name").value("Besançon"))
                .andExpect(jsonPath("$.items[0].departement").value("25"))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void a_commune_comes_with_its_epci_and_qpv() throws Exception {
        mvc.perform(get("/api/v1/territory/communes/25388").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.epci.code").value("200065647"))
                .andExpect(jsonPath("$.epci.name").value("CA Pays de Montbéliard Agglomération"))
                .andExpect(jsonPath("$.region.name").value("Bourgogne-Franche-Comté"))
                .andExpect(jsonPath("$.postalCodes[0]").value("25200"))
                .andExpect(jsonPath("$.qpv[?(@.code == 'QN02501M')].name").value("Petite Hollande"));
        mvc.perform(get("/api/v1/territory/communes/99999").header("Authorization", bearer)).andExpect(status().isNotFound());
    }

    @Test
    void qpv_are_listed_page_by_page() throws Exception {
        mvc.perform(get("/api/v1/territory/qpv").param("departement", "25").param("size", "10").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(10))
                .andExpect(jsonPath("$.items[*].code", everyItem(startsWith("QN025"))))
                .andExpect(jsonPath("$.items[0].communes[0]").value("25388"))
                .andExpect(jsonPath("$.items[0].sample").value(true))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }

    @Test
    void the_reference_is_not_open_to_anonymous_callers() throws Exception {
        mvc.perform(get("/api/v1/territory/communes").param("q", "dijon")).andExpect(status().isUnauthorized());
    }
}
