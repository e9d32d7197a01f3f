package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.testing.MaillageTest;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import fr.maillage.testing.TestUsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demonstration dataset gives one workspace of each kind on real territories and demo users
 * who log in with the README's credentials.
 */
@MaillageTest
@Tag("database")
@TestPropertySource(properties = "maillage.demo=true")
class DemoDataTests {

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void the_demo_has_the_four_workspaces_on_real_territories() {
        Long pilote = accounts.findByEmail("pilote@demo.maillage.fr").orElseThrow().getId();
        List<Workspace> mine = workspaces.workspacesOf(pilote);
        assertThat(mine).extracting(Workspace::getName).containsExactly("Cité éducative de Bourges",
                "Contrat de ville de Pays de Montbéliard Agglomération");
        Workspace pma = workspaces.get(mine.get(1).getId());
        assertThat(pma.getType()).isEqualTo(WorkspaceType.CONTRAT_DE_VILLE);
        assertThat(pma.perimeterCodes(TerritoryKind.COMMUNE)).contains("25388");
        assertThat(pma.perimeterCodes(TerritoryKind.QPV)).contains("QN02501M");
        Long cite = accounts.findByEmail("cite@demo.maillage.fr").orElseThrow().getId();
        assertThat(workspaces.workspacesOf(cite)).extracting(Workspace::getDescription).first().asString()
                .contains("Jules Ferry", "Chasse Royale");
        assertThat(workspaces.all(org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .extracting(Workspace::getType).containsExactlyInAnyOrder(WorkspaceType.CENTRE_RESSOURCES,
                        WorkspaceType.CITE_EDUCATIVE, WorkspaceType.CITE_EDUCATIVE, WorkspaceType.CONTRAT_DE_VILLE);
    }

    @Test
    void every_demo_user_logs_in_with_the_readme_password() throws Exception {
        for (String email : List.of("admin", "pilote", "contributeur", "lecteur", "cite", "crpv")) {
            mvc.perform(formLogin("/connexion").user("email", email + "@demo.maillage.fr")
                    .password("motDePasse", DemoData.PASSWORD)).andExpect(authenticated());
        }
    }

    /**
     * The demo stores its library documents through the file store under the data folder, which the tests
     * give as a relative path with a {@code .} segment, as the README's default {@code ./data}.
     */
    @Test
    void the_demo_library_documents_download_as_the_pdf_that_was_stored() throws Exception {
        var pilote = users.principal(accounts.findByEmail("pilote@demo.maillage.fr").orElseThrow());
        Long pma = workspaces.workspacesOf(pilote.getId()).get(1).getId();
        String page = mvc.perform(get("/espaces/{id}/ressources", pma).with(user(pilote)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher link = Pattern.compile("/espaces/" + pma + "/ressources/(\\d+)\"").matcher(page);
        assertThat(link.find()).as("a library document is listed").isTrue();
        String detail = mvc.perform(get("/espaces/{id}/ressources/{r}", pma, link.group(1)).with(user(pilote)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("/ressources/" + link.group(1) + "/fichier");

        byte[] file = mvc.perform(get("/espaces/{id}/ressources/{r}/fichier", pma, link.group(1)).with(user(pilote)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(file)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Compte rendu du COPIL du 14 octobre 2026");
        }
    }
}
