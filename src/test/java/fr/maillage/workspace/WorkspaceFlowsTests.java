package fr.maillage.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.UserAccount;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Workspaces as administrators, pilotes and members use them, and the wall between workspaces.
 */
@MaillageTest
@Tag("database")
class WorkspaceFlowsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MailOutbox outbox;

    UserAccount admin;
    UserAccount pilote;
    UserAccount lecteur;
    UserAccount outsider;
    Workspace montbeliard;
    Workspace bourges;

    @BeforeEach
    void setUp() {
        admin = users.create("Admin Plateforme", true);
        pilote = users.create("Claire Pilote", false);
        lecteur = users.create("Luc Lecteur", false);
        outsider = users.create("Olga Ailleurs", false);
        montbeliard = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null,
                LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31));
        bourges = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        workspaces.addMember(montbeliard.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        workspaces.addMember(montbeliard.getId(), lecteur.getId(), WorkspaceRole.LECTEUR);
        workspaces.addMember(bourges.getId(), outsider.getId(), WorkspaceRole.PILOTE);
    }

    @Test
    void an_administrator_creates_a_workspace_of_each_type() throws Exception {
        for (WorkspaceType type : WorkspaceType.values()) {
            mvc.perform(post("/espaces/nouveau").with(csrf()).with(user(me(admin))).param("type", type.name())
                            .param("name", "Espace " + type).param("startDate", "2025-01-01").param("endDate", "2027-12-31"))
                    .andExpect(redirectedUrlPattern("/espaces/*"))
                    .andExpect(flash().attribute("flashSuccess", containsString("Espace " + type)));
        }
        // The platform holds other tests' workspaces too: the administrator finds his by name and type.
        mvc.perform(get("/espaces").param("q", "espace centre_ressources").with(user(me(admin))))
                .andExpect(content().string(containsString("Espace CENTRE_RESSOURCES")))
                .andExpect(content().string(containsString("Centre de ressources politique de la ville")))
                .andExpect(content().string(not(containsString("Espace CONTRAT_DE_VILLE"))));
        mvc.perform(get("/espaces").param("q", "Espace").param("type", "PRE").with(user(me(admin))))
                .andExpect(content().string(containsString("Espace PRE")))
                .andExpect(content().string(not(containsString("Espace CITE_EDUCATIVE"))));
        mvc.perform(get("/espaces").param("q", "aucun espace ne porte ce nom").with(user(me(admin))))
                .andExpect(content().string(containsString("Aucun espace ne correspond à ces critères.")));
    }

    @Test
    void a_bad_workspace_form_shows_french_errors_next_to_the_fields() throws Exception {
        mvc.perform(post("/espaces/nouveau").with(csrf()).with(user(me(admin))).param("type", "")
                        .param("name", " ").param("startDate", "2027-01-01").param("endDate", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le type d&#39;espace.")))
                .andExpect(content().string(containsString("Indiquez le nom de l&#39;espace.")))
                .andExpect(content().string(containsString("La date de fin doit être postérieure à la date de début.")))
                .andExpect(content().string(containsString("id=\"name-erreur\"")));
        mvc.perform(post("/espaces/nouveau").with(csrf()).with(user(me(admin))).param("type", "INCONNU")
                        .param("name", "X").param("startDate", "pas-une-date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date non valide")));
    }

    @Test
    void only_administrators_create_workspaces() throws Exception {
        mvc.perform(get("/espaces/nouveau").with(user(me(pilote)))).andExpect(status().isForbidden());
        mvc.perform(post("/espaces/nouveau").with(csrf()).with(user(me(pilote))).param("type", "PRE").param("name", "X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_member_of_one_workspace_never_sees_another_workspace() throws Exception {
        Long other = bourges.getId();
        for (String path : new String[] {"", "/modifier", "/membres", "/journal", "/perimetre"}) {
            mvc.perform(get("/espaces/" + other + path).with(user(me(pilote))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Bourges"))));
        }
        mvc.perform(post("/espaces/" + other + "/membres/inviter").with(csrf()).with(user(me(pilote)))
                        .param("email", "espion@x.fr").param("displayName", "Espion").param("role", "PILOTE"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/espaces").with(user(me(pilote))))
                .andExpect(content().string(containsString("Montbéliard")))
                .andExpect(content().string(not(containsString("membre d&#39;aucun espace"))))
                .andExpect(content().string(not(containsString("Bourges"))));
    }

    @Test
    void a_lecteur_reads_but_cannot_edit() throws Exception {
        Long id = montbeliard.getId();
        mvc.perform(get("/espaces/" + id).with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/espaces/" + id + "/modifier"))));
        mvc.perform(get("/espaces/" + id + "/modifier").with(user(me(lecteur)))).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Accès refusé")));
        mvc.perform(get("/espaces/" + id + "/journal").with(user(me(lecteur)))).andExpect(status().isForbidden());
        mvc.perform(post("/espaces/" + id + "/membres/inviter").with(csrf()).with(user(me(lecteur)))
                        .param("email", "a@b.fr").param("displayName", "A").param("role", "LECTEUR"))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_invited_person_activates_his_account_from_the_emailed_link() throws Exception {
        Long id = montbeliard.getId();
        mvc.perform(post("/espaces/" + id + "/membres/inviter").with(csrf()).with(user(me(pilote)))
                        .param("email", "Nouvelle.Recrue@asso-quartier.fr").param("displayName", "Nadia Recrue")
                        .param("role", "CONTRIBUTEUR"))
                .andExpect(redirectedUrl("/espaces/" + id + "/membres"));
        MimeMessage mail = lastMailTo("nouvelle.recrue@asso-quartier.fr");
        assertThat(mail.getSubject()).isEqualTo("Invitation à l'espace « Contrat de ville de Montbéliard » sur Maillage");
        String body = mail.getContent().toString();
        assertThat(body).contains("Claire Pilote vous invite", "Contributeur");
        Matcher link = Pattern.compile("http://\\S+(/invitation/\\S+)").matcher(body);
        assertThat(link.find()).isTrue();

        mvc.perform(get("/espaces/" + id + "/membres").with(user(me(pilote))))
                .andExpect(content().string(containsString("Invitation en attente")));
        mvc.perform(get(link.group(1))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Activer votre compte")));
        mvc.perform(post(link.group(1)).with(csrf()).param("password", "Mon-mot-de-passe-choisi")
                        .param("passwordConfirmation", "Mon-mot-de-passe-choisi"))
                .andExpect(redirectedUrl("/connexion"));
        mvc.perform(formLogin("/connexion").user("email", "nouvelle.recrue@asso-quartier.fr")
                .password("motDePasse", "Mon-mot-de-passe-choisi")).andExpect(authenticated());
        UserAccount nadia = accounts.findByEmail("nouvelle.recrue@asso-quartier.fr").orElseThrow();
        mvc.perform(get("/espaces").with(user(me(nadia))))
                .andExpect(content().string(containsString("Contrat de ville de Montbéliard")));
    }

    @Test
    void inviting_an_existing_user_adds_him_at_once_and_twice_is_refused() throws Exception {
        Long id = montbeliard.getId();
        mvc.perform(post("/espaces/" + id + "/membres/inviter").with(csrf()).with(user(me(pilote)))
                        .param("email", outsider.getEmail()).param("displayName", "Olga").param("role", "LECTEUR"))
                .andExpect(redirectedUrl("/espaces/" + id + "/membres"));
        assertThat(lastMailTo(outsider.getEmail()).getContent().toString()).contains("vous a ajouté");
        mvc.perform(post("/espaces/" + id + "/membres/inviter").with(csrf()).with(user(me(pilote)))
                        .param("email", outsider.getEmail()).param("displayName", "Olga").param("role", "LECTEUR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("est déjà membre de cet espace")));
    }

    @Test
    void the_last_pilote_cannot_leave() throws Exception {
        Long id = montbeliard.getId();
        mvc.perform(post("/espaces/" + id + "/membres/" + pilote.getId() + "/retrait").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashError", containsString("au moins un pilote")));
        assertThat(workspaces.members(id)).hasSize(2);
    }

    @Test
    void a_concurrent_edit_gets_the_conflict_page_and_nothing_is_lost() throws Exception {
        Long id = montbeliard.getId();
        long version = workspaces.get(id).getVersion();
        mvc.perform(post("/espaces/" + id + "/modifier").with(csrf()).with(user(me(pilote))).param("type", "CONTRAT_DE_VILLE")
                        .param("name", "Contrat de ville PMA").param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/espaces/" + id));
        mvc.perform(post("/espaces/" + id + "/modifier").with(csrf()).with(user(me(admin))).param("type", "CONTRAT_DE_VILLE")
                        .param("name", "Autre nom").param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Modification concurrente")));
        assertThat(workspaces.get(id).getName()).isEqualTo("Contrat de ville PMA");
    }

    @Test
    void the_journal_shows_who_changed_which_fields() throws Exception {
        Long id = montbeliard.getId();
        mvc.perform(post("/espaces/" + id + "/modifier").with(csrf()).with(user(me(pilote))).param("type", "CONTRAT_DE_VILLE")
                        .param("name", "Contrat de ville de PMA").param("description", "Engagements Quartiers 2030")
                        .param("version", String.valueOf(workspaces.get(id).getVersion())))
                .andExpect(redirectedUrl("/espaces/" + id));
        mvc.perform(get("/espaces/" + id + "/journal").with(user(me(pilote))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name : Contrat de ville de Montbéliard → Contrat de ville de PMA")))
                .andExpect(content().string(containsString("description : ∅ → Engagements Quartiers 2030")))
                .andExpect(content().string(containsString(pilote.getEmail())))
                .andExpect(content().string(containsString("Modification")));
    }

    @Test
    void the_perimeter_accepts_known_territories_only() throws Exception {
        Long id = montbeliard.getId();
        mvc.perform(post("/espaces/" + id + "/perimetre/ajouter").with(csrf()).with(user(me(pilote)))
                        .param("kind", "COMMUNE").param("code", "25388"))
                .andExpect(flash().attribute("flashSuccess", containsString("25388")));
        mvc.perform(post("/espaces/" + id + "/perimetre/ajouter").with(csrf()).with(user(me(pilote)))
                        .param("kind", "COMMUNE").param("code", "99999"))
                .andExpect(flash().attribute("flashError", containsString("ne correspond à aucun territoire")));
        assertThat(workspaces.get(id).perimeterCodes(TerritoryKind.COMMUNE)).containsExactly("25388");
        mvc.perform(get("/espaces/" + id).with(user(me(pilote))))
                .andExpect(content().string(containsString("Montbéliard (25388)")));
        mvc.perform(get("/espaces/" + id + "/perimetre/recherche").with(user(me(pilote)))
                        .param("kind", "COMMUNE").param("q", "audincourt"))
                .andExpect(content().string(containsString("Audincourt (25031)")));
    }

    @Test
    void a_user_in_several_workspaces_switches_between_them() throws Exception {
        workspaces.addMember(bourges.getId(), pilote.getId(), WorkspaceRole.LECTEUR);
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/espaces/" + bourges.getId()).session(session).with(user(me(pilote)))).andExpect(status().isOk());
        mvc.perform(get("/").session(session).with(user(me(pilote))))
                .andExpect(content().string(containsString("Espace de travail actuel")))
                .andExpect(content().string(containsString("aria-current=\"true\">Cité éducative de Bourges")));
        mvc.perform(get("/espaces/" + montbeliard.getId()).session(session).with(user(me(pilote))));
        mvc.perform(get("/").session(session).with(user(me(pilote))))
                .andExpect(content().string(containsString("aria-current=\"true\">Contrat de ville de Montbéliard")));
    }

    @Test
    void unknown_or_malformed_urls_get_french_pages_not_stack_traces() throws Exception {
        mvc.perform(get("/espaces/999999").with(user(me(admin)))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page introuvable")));
        mvc.perform(get("/espaces/pas-un-nombre").with(user(me(admin)))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Requête incorrecte")));
        mvc.perform(post("/espaces/" + montbeliard.getId() + "/perimetre/ajouter").with(csrf()).with(user(me(admin)))
                        .param("kind", "PLANETE").param("code", "X"))
                .andExpect(status().isBadRequest());
    }

    private AccountPrincipal me(UserAccount account) {
        return users.principal(account);
    }

    private MimeMessage lastMailTo(String email) {
        outbox.flush();
        return Arrays.stream(TestInfrastructure.mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (Exception e) {
                return false;
            }
        }).reduce((a, b) -> b).orElseThrow();
    }
}
