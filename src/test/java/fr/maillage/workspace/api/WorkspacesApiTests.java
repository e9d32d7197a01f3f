package fr.maillage.workspace.api;

import static fr.maillage.account.api.ApiFixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.maillage.account.AccountManagement;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.account.api.ApiFixtures;
import fr.maillage.testing.MaillageTest;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@MaillageTest
@Tag("database")
class WorkspacesApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    WorkspaceManagement workspaces;

    ApiFixtures fixtures;
    String adminToken;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(accounts, tokens);
        adminToken = fixtures.tokenOf(fixtures.admin("Sophie Admin"));
    }

    @Test
    void a_member_lists_his_workspaces_only_with_his_role() throws Exception {
        UserAccount member = fixtures.user("Thomas Membre");
        Workspace mine = workspace("Contrat de ville de Saint-Denis");
        workspace("Cité éducative d'ailleurs");
        workspaces.addMember(mine.getId(), member.getId(), WorkspaceRole.CONTRIBUTEUR);
        String token = fixtures.tokenOf(member);

        mvc.perform(get("/api/v1/workspaces").header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.content[0].name").value("Contrat de ville de Saint-Denis"))
                .andExpect(jsonPath("$.content[0].role").value("CONTRIBUTEUR"))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
                .andExpect(jsonPath("$.workspaces", hasSize(1)))
                .andExpect(jsonPath("$.workspaces[0].id").value(mine.getId()))
                .andExpect(jsonPath("$.workspaces[0].role").value("CONTRIBUTEUR"));
    }

    @Test
    void an_administrator_lists_every_workspace_page_by_page() throws Exception {
        workspace("Espace un");
        workspace("Espace deux");
        long total = workspaces.all(PageRequest.of(0, 1)).getTotalElements();

        mvc.perform(get("/api/v1/workspaces").param("size", "1").header("Authorization", bearer(adminToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content", hasSize(1)))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.totalElements").value(total));
        mvc.perform(get("/api/v1/workspaces").param("size", "1000").header("Authorization", bearer(adminToken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void a_member_of_workspace_a_gets_nothing_of_workspace_b() throws Exception {
        UserAccount pilote = fixtures.user("Ulysse Pilote");
        Workspace a = workspace("Espace A");
        Workspace b = workspace("Espace B secret");
        workspaces.addMember(a.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        String token = fixtures.tokenOf(pilote);
        UserAccount someone = fixtures.user("Victor Quelconque");

        mvc.perform(get("/api/v1/workspaces/{id}", a.getId()).header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Espace A"))
                .andExpect(jsonPath("$.role").value("PILOTE"));
        mvc.perform(get("/api/v1/workspaces/{id}", b.getId()).header("Authorization", bearer(token)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Espace B secret"))));
        mvc.perform(get("/api/v1/workspaces/{id}/members", b.getId()).header("Authorization", bearer(token)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/workspaces/{id}/members", b.getId()).header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": " + someone.getId() + ", \"role\": \"LECTEUR\"}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(workspaces.members(b.getId())).isEmpty();
    }

    @Test
    void an_unknown_workspace_is_not_found_and_a_malformed_id_is_a_bad_request() throws Exception {
        mvc.perform(get("/api/v1/workspaces/{id}", 99_999_999).header("Authorization", bearer(adminToken)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Ressource introuvable"));
        mvc.perform(get("/api/v1/workspaces/deux").header("Authorization", bearer(adminToken)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void members_who_are_not_pilotes_cannot_add_members() throws Exception {
        UserAccount lecteur = fixtures.user("Wanda Lectrice");
        Workspace a = workspace("Espace des lecteurs");
        workspaces.addMember(a.getId(), lecteur.getId(), WorkspaceRole.LECTEUR);
        UserAccount newcomer = fixtures.user("Xavier Nouveau");

        mvc.perform(post("/api/v1/workspaces/{id}/members", a.getId())
                        .header("Authorization", bearer(fixtures.tokenOf(lecteur)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"" + newcomer.getEmail() + "\", \"role\": \"PILOTE\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Accès refusé"));

        assertThat(workspaces.members(a.getId())).hasSize(1);
    }

    @Test
    void a_pilote_adds_a_member_by_email_once() throws Exception {
        UserAccount pilote = fixtures.user("Yasmine Pilote");
        Workspace a = workspace("Espace piloté");
        workspaces.addMember(a.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        UserAccount newcomer = fixtures.user("Zoé Arrivée");
        String token = fixtures.tokenOf(pilote);
        String body = "{\"email\": \"" + newcomer.getEmail().toUpperCase() + "\", \"role\": \"CONTRIBUTEUR\"}";

        mvc.perform(post("/api/v1/workspaces/{id}/members", a.getId()).header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/workspaces/" + a.getId() + "/members/" + newcomer.getId()))
                .andExpect(jsonPath("$.userId").value(newcomer.getId()))
                .andExpect(jsonPath("$.role").value("CONTRIBUTEUR"));
        mvc.perform(post("/api/v1/workspaces/{id}/members", a.getId()).header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/workspaces/{id}/members", a.getId()).header("Authorization", bearer(token)))
                .andExpect(jsonPath("$[*].displayName").value(containsInAnyOrder("Yasmine Pilote", "Zoé Arrivée")));
    }

    @Test
    void a_member_is_named_by_exactly_one_existing_account() throws Exception {
        Workspace a = workspace("Espace des erreurs");

        mvc.perform(post("/api/v1/workspaces/{id}/members", a.getId()).header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\": \"LECTEUR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("userId"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("identifiant (userId) ou son adresse")));
        mvc.perform(post("/api/v1/workspaces/{id}/members", a.getId()).header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\": 1, \"email\": \"a@b.fr\", \"role\": \"LECTEUR\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("pas les deux")));
        mvc.perform(post("/api/v1/workspaces/{id}/members", a.getId()).header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\": \"personne@nulle-part.test\", \"role\": \"LECTEUR\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail")
                        .value("Aucun compte n'existe pour l'adresse personne@nulle-part.test. Créez-le d'abord (POST /api/v1/users)."));

        assertThat(workspaces.members(a.getId())).isEmpty();
    }

    @Test
    void an_administrator_creates_a_workspace_with_its_perimeter() throws Exception {
        String created = mvc.perform(post("/api/v1/workspaces").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type": "CONTRAT_DE_VILLE", "name": "Contrat de ville Plaine Commune",
                                 "description": "Engagements Quartiers 2030",
                                 "startDate": "2024-01-01", "endDate": "2030-12-31",
                                 "perimeter": {"communes": ["93066", " 93048 "], "epci": ["200054781"],
                                               "qpv": ["qn01801m"]}}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/workspaces/")))
                .andExpect(jsonPath("$.type").value("CONTRAT_DE_VILLE"))
                .andExpect(jsonPath("$.perimeter.communes").value(containsInAnyOrder("93048", "93066")))
                .andExpect(jsonPath("$.perimeter.qpv[0]").value("QN01801M"))
                .andReturn().getResponse().getContentAsString();
        Integer id = JsonPath.read(created, "$.id");

        mvc.perform(get("/api/v1/workspaces/{id}", id).header("Authorization", bearer(adminToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Contrat de ville Plaine Commune"))
                .andExpect(jsonPath("$.startDate").value("2024-01-01"))
                .andExpect(jsonPath("$.perimeter.epci[0]").value("200054781"))
                .andExpect(jsonPath("$.role").doesNotExist());
    }

    @Test
    void an_unknown_territory_refuses_the_whole_workspace() throws Exception {
        long before = workspaces.all(PageRequest.of(0, 1)).getTotalElements();

        mvc.perform(post("/api/v1/workspaces").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"type": "CITE_EDUCATIVE", "name": "Cité éducative fantôme",
                                 "startDate": "2024-09-01", "endDate": "2023-08-31",
                                 "perimeter": {"communes": ["93066", "99999"]}}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("endDate", "perimeter.communes[1]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'perimeter.communes[1]')].message")
                        .value("Aucune commune n'a le code INSEE 99999."));

        assertThat(workspaces.all(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void a_workspace_body_with_wrong_values_names_them() throws Exception {
        mvc.perform(post("/api/v1/workspaces").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"QUARTIER\", \"name\": \"Mauvais type\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("CONTRAT_DE_VILLE, CITE_EDUCATIVE")));
        mvc.perform(post("/api/v1/workspaces").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PRE\", \"name\": \"Mauvaise date\", \"startDate\": \"01/09/2024\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("AAAA-MM-JJ")));
        mvc.perform(post("/api/v1/workspaces").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("type", "name")));
    }

    @Test
    void only_administrators_create_workspaces() throws Exception {
        UserAccount pilote = fixtures.user("Albert Pilote");
        Workspace a = workspace("Espace d'Albert");
        workspaces.addMember(a.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        long before = workspaces.all(PageRequest.of(0, 1)).getTotalElements();

        mvc.perform(post("/api/v1/workspaces").header("Authorization", bearer(fixtures.tokenOf(pilote)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"PRE\", \"name\": \"Espace non autorisé\"}"))
                .andExpect(status().isForbidden());

        assertThat(workspaces.all(PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    private Workspace workspace(String name) {
        return workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, name, null, LocalDate.of(2024, 1, 1),
                LocalDate.of(2030, 12, 31));
    }
}
