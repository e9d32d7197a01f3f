package fr.maillage.territory;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.testing.FullTerritory;
import fr.maillage.testing.MaillageTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@MaillageTest
@FullTerritory
class TerritoryPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    UserDetailsService details;

    @Autowired
    TerritoryLoader loader;

    AccountPrincipal reader;

    @BeforeEach
    void setUp() {
        loader.awaitIndexed();
        reader = TerritoryUsers.create(accounts, details, false);
    }

    @Test
    void the_overview_counts_the_reference_and_searches_without_javascript() throws Exception {
        mvc.perform(get("/territoires").param("q", "besancon").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("34\u202f969"), containsString("hx-get=\"/territoires/recherche\""),
                        containsString("href=\"/territoires/communes/25056\""), containsString("Besançon (25056)"),
                        containsString("Licence Ouverte"))));
    }

    @Test
    void the_live_search_answers_the_results_alone() throws Exception {
        mvc.perform(get("/territoires/recherche").param("q", "montb").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Montbéliard (25388)"), containsString("Doubs (25)"),
                        not(containsString("<html")))));
        mvc.perform(get("/territoires/recherche").param("q", "zzzzqx").with(user(reader)))
                .andExpect(content().string(containsString("Aucune commune ne correspond à « zzzzqx »")));
    }

    @Test
    void regions_lead_to_their_departements() throws Exception {
        mvc.perform(get("/territoires/regions").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Bourgogne-Franche-Comté"), containsString("<caption"),
                        containsString("scope=\"col\""))));
        mvc.perform(get("/territoires/regions/27").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/territoires/departements/25\""),
                        containsString("Doubs"), containsString("Côte-d&#39;Or"))));
    }

    @Test
    void a_departement_lists_its_epci_and_its_communes_page_by_page() throws Exception {
        mvc.perform(get("/territoires/departements/25").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("CA Pays de Montbéliard Agglomération"),
                        containsString("Communauté d&#39;agglomération"), containsString("Abbans-Dessous"),
                        containsString("href=\"/territoires/departements/25?page=1\""))));
    }

    @Test
    void an_epci_lists_its_member_communes() throws Exception {
        mvc.perform(get("/territoires/epci/200065647").param("page", "1").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Montbéliard"), containsString("73"),
                        containsString("Communauté d&#39;agglomération"))));
    }

    @Test
    void a_commune_card_shows_its_territories_and_its_qpv() throws Exception {
        mvc.perform(get("/territoires/communes/25388").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Montbéliard</h1>"),
                        containsString("href=\"/territoires/epci/200065647\""), containsString("25200"),
                        containsString("24\u202f672"), containsString("Petite Hollande"),
                        containsString("Échantillon de démonstration"))));
        mvc.perform(get("/territoires/communes/01001").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucun quartier prioritaire")));
        mvc.perform(get("/territoires/communes/99999").with(user(reader))).andExpect(status().isNotFound());
    }

    @Test
    void the_qpv_list_filters_by_departement_and_flags_samples() throws Exception {
        mvc.perform(get("/territoires/qpv").param("departement", "25").with(user(reader)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Planoise"), containsString("QN02510M"),
                        containsString(">Besançon</a>"), containsString(">Doubs (25)</a>"),
                        not(containsString("Grésilles")), containsString("échantillon de démonstration"),
                        containsString("<label class=\"form-label\" for=\"departement\""),
                        not(containsString("href=\"/territoires/qpv/import\"")))));
    }

    @Test
    void only_administrators_import_the_qpv_list() throws Exception {
        mvc.perform(get("/territoires/qpv/import").with(user(reader))).andExpect(status().isForbidden());
        mvc.perform(multipart("/territoires/qpv/import").file(csv("code_qp;nom_qp;insee_com\n"))
                .with(user(reader)).with(csrf())).andExpect(status().isForbidden());

        AccountPrincipal admin = TerritoryUsers.create(accounts, details, true);
        mvc.perform(get("/territoires/qpv/import").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""),
                        containsString("<label class=\"form-label\" for=\"file\""))));
    }

    @Test
    void an_import_reports_its_outcome_after_the_redirect() throws Exception {
        AccountPrincipal admin = TerritoryUsers.create(accounts, details, true);
        var refused = mvc.perform(multipart("/territoires/qpv/import")
                        .file(csv("code_qp;nom_qp;insee_com\nQN07501M;Goutte d'Or;75056\nQN7501N;Mauvais code;75056\n"))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/territoires/qpv/import"))
                .andExpect(flash().attributeExists("report"))
                .andReturn();

        mvc.perform(get("/territoires/qpv/import").with(user(admin))
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lignes à corriger"),
                        containsString("<th scope=\"row\">3</th>"), containsString("« QN7501N »"),
                        containsString("Aucune donnée n&#39;a été enregistrée"))));

        mvc.perform(multipart("/territoires/qpv/import").file(new MockMultipartFile("file", new byte[0]))
                        .with(user(admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le fichier CSV")));
    }

    @Test
    void visitors_must_log_in() throws Exception {
        TerritoryUsers.create(accounts, details, false);
        mvc.perform(get("/territoires")).andExpect(status().is3xxRedirection());
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "qpv.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
