package fr.maillage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.directory.Organisation;
import fr.maillage.shared.search.SearchableContent;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * Scenario 5 without the mails: a chef de projet defines the COPIL, plans a meeting with its
 * agenda, takes attendance and sees the quorum, records numbered decisions (one validating the
 * programme) and follow-ups that their owners see and update on their home page.
 */
@Tag("database")
class GovernanceFlowsTests extends GovernanceTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    Bodies bodies;

    @Test
    void a_pilote_defines_a_body_and_picks_its_members_in_the_directory() throws Exception {
        String base = "/espaces/" + montbeliard.getId() + "/instances";
        mvc.perform(post(base + "/nouvelle").with(csrf()).with(user(me(pilote)))
                        .param("kind", "COPIL").param("name", "COPIL du contrat de ville")
                        .param("purpose", "Orientations et programmation").param("quorumRule", "SHARE")
                        .param("quorumValue", "50"))
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andExpect(flash().attribute("flashSuccess", containsString("COPIL du contrat de ville")));
        Body body = bodies.findByWorkspaceIdOrderByNameAsc(montbeliard.getId()).get(0);
        assertThat(body.getCode()).isEqualTo("COPIL");
        Organisation caf = organisation("Caisse d’allocations familiales du Doubs", "copil@caf25.fr");
        mvc.perform(get(base + "/" + body.getId()).param("q", "allocations").with(user(me(pilote))))
                .andExpect(content().string(containsString("organisation=" + caf.getId())));
        mvc.perform(post(base + "/" + body.getId() + "/membres/nouveau").with(csrf()).with(user(me(pilote)))
                        .param("organisationId", caf.getId().toString()).param("function", "CO_PRESIDENT")
                        .param("college", "Financeurs").param("mandateStart", "2026-01-01").param("voting", "true"))
                .andExpect(redirectedUrlPattern(base + "/" + body.getId() + "*"));
        mvc.perform(get(base + "/" + body.getId()).with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Caisse d’allocations familiales du Doubs")))
                .andExpect(content().string(containsString("Co-président(e)")))
                .andExpect(content().string(containsString("copil@caf25.fr")))
                .andExpect(content().string(containsString("Au moins 50 % des membres votants")))
                .andExpect(content().string(not(containsString("/membres/nouveau"))));
        mvc.perform(post(base + "/nouvelle").with(csrf()).with(user(me(pilote)))
                        .param("kind", "COPIL").param("name", "X").param("quorumRule", "SHARE").param("quorumValue", "150"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("entre 1 et 100")));
        mvc.perform(post(base + "/nouvelle").with(csrf()).with(user(me(contributeur)))
                        .param("kind", "COPIL").param("name", "X").param("quorumRule", "NONE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_meeting_gets_an_agenda_with_linked_applications() throws Exception {
        APPLICATIONS.put(montbeliard.getId(), Map.of(501L, "Dossier 2027-014 — Atelier parents"));
        Body body = copil(montbeliard, 3);
        String base = "/espaces/" + montbeliard.getId();
        mvc.perform(post(base + "/instances/" + body.getId() + "/seances/nouvelle").with(csrf())
                        .with(user(me(contributeur))).param("title", "COPIL de programmation")
                        .param("date", "2027-03-12").param("startTime", "09:30").param("endTime", "11:30")
                        .param("place", "Salle du conseil"))
                .andExpect(redirectedUrlPattern(base + "/seances/*"));
        Meeting meeting = governance.meetingsOf(body.getId(), org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent().get(0);
        String page = base + "/seances/" + meeting.getId();
        mvc.perform(post(page + "/points").with(csrf()).with(user(me(contributeur)))
                        .param("title", "Programmation 2027").param("presenter", "Claire Pilote")
                        .param("durationMinutes", "45"))
                .andExpect(redirectedUrlPattern(page + "*"));
        AgendaItem item = governance.agenda(meeting.getId()).get(0);
        mvc.perform(get(page).param("lien", item.getId().toString()).param("type", "application").param("q", "parents")
                        .with(user(me(contributeur))))
                .andExpect(content().string(containsString("Dossier 2027-014 — Atelier parents")));
        mvc.perform(post(page + "/points/" + item.getId() + "/liens").with(csrf()).with(user(me(contributeur)))
                        .param("type", "application").param("objectId", "501"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Programmation 2027")))
                .andExpect(content().string(containsString("présenté par Claire Pilote")))
                .andExpect(content().string(containsString("45 min")))
                .andExpect(content().string(containsString("href=\"/espaces/" + montbeliard.getId() + "/dossiers/501\"")))
                .andExpect(content().string(containsString("vendredi 12 mars 2027, de 09:30 à 11:30")));
        mvc.perform(post(page + "/points/" + item.getId() + "/liens").with(csrf()).with(user(me(contributeur)))
                        .param("type", "application").param("objectId", "999"))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void attendance_on_a_tablet_shows_the_quorum_as_members_arrive() throws Exception {
        Body body = copil(montbeliard, 4);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 3, 12, 9, 30));
        String sheet = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId() + "/emargement";
        mvc.perform(get(sheet).with(user(me(contributeur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quorum non atteint")))
                .andExpect(content().string(containsString("0 membres votants présents ou représentés sur 4 ; 2 requis")));
        List<Attendance> lines = hold.attendance(montbeliard.getId(), meeting.getId());
        assertThat(lines).hasSize(4);
        mvc.perform(post(sheet + "/" + lines.get(0).getId()).with(csrf()).with(user(me(contributeur)))
                        .header("HX-Request", "true").param("status", "PRESENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ligne-" + lines.get(0).getId() + "\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("1 membres votants présents ou représentés sur 4")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(post(sheet + "/" + lines.get(1).getId()).with(csrf()).with(user(me(contributeur)))
                        .param("status", "REPRESENTED").param("representedBy", "Mme Durand"))
                .andExpect(status().is3xxRedirection());
        assertThat(hold.quorum(montbeliard.getId(), meeting.getId()).reached()).isTrue();
        mvc.perform(get(sheet).with(user(me(contributeur))))
                .andExpect(content().string(containsString("Quorum atteint")))
                .andExpect(content().string(containsString("Mme Durand")));
        mvc.perform(get(sheet).with(user(me(lecteur)))).andExpect(status().isForbidden());
    }

    @Test
    void decisions_are_numbered_per_body_and_year_and_one_validates_the_programme() throws Exception {
        APPLICATIONS.put(montbeliard.getId(), Map.of(701L, "Dossier A", 702L, "Dossier B"));
        Body body = copil(montbeliard, 2);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 4, 2, 14, 0));
        AgendaItem item = governance.addItem(montbeliard.getId(), meeting.getId(), "Programmation", null, null);
        governance.linkItem(montbeliard.getId(), item.getId(), "application", 701L);
        governance.linkItem(montbeliard.getId(), item.getId(), "application", 702L);
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId();
        mvc.perform(post(page + "/decisions").with(csrf()).with(user(me(pilote)))
                        .param("title", "Approbation du compte rendu précédent").param("status", "ADOPTEE"))
                .andExpect(flash().attribute("flashSuccess", containsString("COPIL-2027-01")));
        mvc.perform(post(page + "/decisions").with(csrf()).with(user(me(pilote)))
                        .param("agendaItemId", item.getId().toString())
                        .param("title", "Validation de la programmation 2027").param("text", "Les actions éducatives sont retenues.")
                        .param("status", "ADOPTEE").param("validatesProgramme", "true")
                        .param("links", "application:701", "application:702"))
                .andExpect(flash().attribute("flashSuccess", containsString("COPIL-2027-02")));
        assertThat(events.stream(ProgrammeValidated.class)).singleElement().satisfies(e -> {
            assertThat(e.workspaceId()).isEqualTo(montbeliard.getId());
            assertThat(e.meetingId()).isEqualTo(meeting.getId());
            assertThat(e.date()).isEqualTo(LocalDate.of(2027, 4, 2));
            assertThat(e.label()).isEqualTo("COPIL-2027-02 — Validation de la programmation 2027");
            assertThat(e.applicationIds()).containsExactlyInAnyOrder(701L, 702L);
        });
        assertThat(events.stream(SearchableContent.class).filter(c -> c.type().equals("decision")))
                .extracting(SearchableContent::title).contains("COPIL-2027-02 — Validation de la programmation 2027");
        mvc.perform(get(page).with(user(me(lecteur))))
                .andExpect(content().string(containsString("COPIL-2027-02")))
                .andExpect(content().string(containsString("Valide la programmation")));
        mvc.perform(get("/espaces/" + montbeliard.getId() + "/decisions").param("annee", "2027").with(user(me(lecteur))))
                .andExpect(content().string(containsString("COPIL-2027-01")))
                .andExpect(content().string(containsString("Validation de la programmation 2027")));
        mvc.perform(get("/espaces/" + montbeliard.getId() + "/decisions").param("annee", "2026").with(user(me(lecteur))))
                .andExpect(content().string(not(containsString("COPIL-2027-01"))));
        var started = mvc.perform(get("/espaces/" + montbeliard.getId() + "/decisions.xlsx").with(user(me(lecteur))))
                .andReturn();
        byte[] xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Numéro");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("COPIL-2027-02");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Adoptée");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).contains("Dossier A").contains("Dossier B");
        }
        mvc.perform(get("/espaces/" + montbeliard.getId() + "/instances/recherche").param("q", "éducation")
                        .with(user(me(lecteur))))
                .andExpect(content().string(containsString("Validation de la programmation 2027")));
        mvc.perform(get("/espaces/" + bourges.getId() + "/instances/recherche").param("q", "éducation")
                        .with(user(me(outsider))))
                .andExpect(content().string(not(containsString("Validation de la programmation 2027"))));
    }

    @Test
    void owners_see_their_follow_ups_at_home_and_update_them() throws Exception {
        Body body = copil(montbeliard, 2);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 1, 20, 10, 0));
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId();
        mvc.perform(post(page + "/suites").with(csrf()).with(user(me(pilote)))
                        .param("title", "Transmettre le bilan de l’atelier parents")
                        .param("ownerUserId", contributeur.getId().toString()).param("dueDate", "2027-02-15"))
                .andExpect(flash().attribute("flashSuccess", containsString("Paul Contributeur")));
        mvc.perform(get("/").with(user(me(contributeur))))
                .andExpect(content().string(containsString("Mes suites à donner (1)")))
                .andExpect(content().string(containsString("Transmettre le bilan de l’atelier parents")))
                .andExpect(content().string(containsString("Contrat de ville de Montbéliard")));
        FollowUp followUp = hold.followUpsOf(meeting.getId()).get(0);
        mvc.perform(post("/espaces/" + montbeliard.getId() + "/suites/" + followUp.getId()).with(csrf())
                        .with(user(me(lecteur))).param("status", "FAITE").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/espaces/" + montbeliard.getId() + "/suites/" + followUp.getId()).with(csrf())
                        .with(user(me(contributeur))).param("status", "FAITE").param("note", "Envoyé le 10 février")
                        .param("version", String.valueOf(followUp.getVersion())).param("retour", "accueil"))
                .andExpect(status().is3xxRedirection());
        assertThat(hold.followUp(montbeliard.getId(), followUp.getId()).getStatus()).isEqualTo(FollowUpStatus.FAITE);
        mvc.perform(get("/").with(user(me(contributeur))))
                .andExpect(content().string(not(containsString("Mes suites à donner"))));
        mvc.perform(post(page + "/suites").with(csrf()).with(user(me(pilote)))
                        .param("title", "X").param("ownerUserId", outsider.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le responsable doit être membre de l’espace.")));
    }

    @Test
    void a_partner_from_another_organisation_is_invited_as_contributor_to_own_a_follow_up() throws Exception {
        Body body = copil(montbeliard, 2);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 1, 20, 10, 0));
        mvc.perform(post("/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId() + "/suites").with(csrf())
                        .with(user(me(pilote))).param("title", "Proposer trois créneaux de permanence CAF")
                        .param("partnerName", "Inès Caf").param("partnerEmail", "ines.caf@caf25.fr")
                        .param("dueDate", "2027-03-01"))
                .andExpect(flash().attribute("flashSuccess", containsString("Inès Caf")));
        assertThat(workspaces.members(montbeliard.getId()))
                .anySatisfy(m -> {
                    assertThat(m.user().getEmail()).isEqualTo("ines.caf@caf25.fr");
                    assertThat(m.membership().getRole()).isEqualTo(fr.maillage.workspace.WorkspaceRole.CONTRIBUTEUR);
                });
    }

    @Test
    void the_next_meeting_proposes_the_open_follow_ups_of_the_body() throws Exception {
        Body body = copil(montbeliard, 2);
        Meeting first = meeting(montbeliard, body, LocalDateTime.of(2027, 1, 20, 10, 0));
        hold.recordFollowUp(montbeliard.getId(), first.getId(), null, "Relancer le bailleur sur la TFPB", null,
                contributeur.getId(), LocalDate.of(2027, 2, 1));
        FollowUp done = hold.recordFollowUp(montbeliard.getId(), first.getId(), null, "Suite déjà faite", null,
                contributeur.getId(), null);
        hold.updateFollowUp(montbeliard.getId(), done.getId(), done.getVersion(), FollowUpStatus.FAITE, null);
        Meeting next = meeting(montbeliard, body, LocalDateTime.of(2027, 4, 20, 10, 0));
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + next.getId();
        mvc.perform(get(page).with(user(me(pilote))))
                .andExpect(content().string(containsString("Relancer le bailleur sur la TFPB")))
                .andExpect(content().string(not(containsString("Suite déjà faite"))));
        FollowUp open = governance.proposals(next).get(0);
        mvc.perform(post(page + "/propositions/" + open.getId()).with(csrf()).with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());
        assertThat(governance.agenda(next.getId())).singleElement()
                .satisfies(i -> assertThat(i.getFollowUpId()).isEqualTo(open.getId()));
        assertThat(governance.proposals(next)).isEmpty();
    }

    @Test
    void documents_are_attached_to_a_meeting_typed_by_their_content() throws Exception {
        Body body = copil(montbeliard, 1);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 1, 20, 10, 0));
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId();
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(page + "/documents")
                        .file(new org.springframework.mock.web.MockMultipartFile("fichier", "note-de-cadrage.pdf",
                                "application/pdf", pdf)).with(csrf()).with(user(me(contributeur))))
                .andExpect(flash().attribute("flashSuccess", containsString("note-de-cadrage.pdf")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(page + "/documents")
                        .file(new org.springframework.mock.web.MockMultipartFile("fichier", "script.pdf",
                                "application/pdf", "#!/bin/sh\necho".getBytes())).with(csrf()).with(user(me(contributeur))))
                .andExpect(flash().attribute("flashError", org.hamcrest.Matchers.notNullValue()));
        String html = mvc.perform(get(page).with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("note-de-cadrage.pdf")))
                .andExpect(content().string(not(containsString("script.pdf")))).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(" + page + "/documents/\\d+)\"").matcher(html);
        assertThat(link.find()).isTrue();
        byte[] downloaded = mvc.perform(get(link.group(1)).with(user(me(lecteur)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        mvc.perform(get(link.group(1)).with(user(me(outsider)))).andExpect(status().isNotFound());
    }

    @Test
    void an_agenda_item_is_renamed_and_reordered() throws Exception {
        Body body = copil(montbeliard, 1);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 1, 20, 10, 0));
        AgendaItem first = governance.addItem(montbeliard.getId(), meeting.getId(), "Accueil", null, null);
        AgendaItem second = governance.addItem(montbeliard.getId(), meeting.getId(), "Bilan", null, null);
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId();
        mvc.perform(post(page + "/points/" + second.getId() + "/modifier").with(csrf()).with(user(me(contributeur)))
                        .param("title", "Bilan 2026").param("presenter", "La cheffe de projet")
                        .param("durationMinutes", "20").param("version", String.valueOf(second.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/points/" + second.getId() + "/deplacer").with(csrf()).with(user(me(contributeur)))
                .param("sens", "haut")).andExpect(status().is3xxRedirection());
        assertThat(governance.agenda(meeting.getId())).extracting(AgendaItem::getTitle).containsExactly("Bilan 2026", "Accueil");
        assertThat(first.getId()).isNotNull();
    }

    @Test
    void minutes_are_sanitised_before_they_are_stored() throws Exception {
        Body body = copil(montbeliard, 1);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 1, 20, 10, 0));
        AgendaItem item = governance.addItem(montbeliard.getId(), meeting.getId(), "Bilan", null, null);
        mvc.perform(post("/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId() + "/compte-rendu/points/"
                        + item.getId()).with(csrf()).with(user(me(contributeur)))
                        .param("html", "<p onclick=\"alert(1)\">Bilan <strong>positif</strong></p><script>alert(2)</script>"))
                .andExpect(status().is3xxRedirection());
        String stored = governance.item(montbeliard.getId(), item.getId()).getMinutesHtml();
        assertThat(stored).contains("<strong>positif</strong>").doesNotContain("script").doesNotContain("onclick");
    }

    @Test
    void another_workspace_never_reaches_bodies_meetings_or_follow_ups() throws Exception {
        Body body = copil(montbeliard, 2);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 1, 20, 10, 0));
        FollowUp followUp = hold.recordFollowUp(montbeliard.getId(), meeting.getId(), null, "Secret", null,
                contributeur.getId(), null);
        String ws = "/espaces/" + montbeliard.getId();
        for (String url : List.of(ws + "/instances", ws + "/instances/" + body.getId(), ws + "/seances/" + meeting.getId(),
                ws + "/seances/" + meeting.getId() + "/emargement", ws + "/seances/" + meeting.getId() + "/compte-rendu",
                ws + "/decisions", ws + "/suites")) {
            mvc.perform(get(url).with(user(me(outsider)))).andExpect(status().isNotFound());
        }
        String other = "/espaces/" + bourges.getId();
        mvc.perform(get(other + "/instances/" + body.getId()).with(user(me(outsider)))).andExpect(status().isNotFound());
        mvc.perform(get(other + "/seances/" + meeting.getId()).with(user(me(outsider)))).andExpect(status().isNotFound());
        mvc.perform(post(other + "/suites/" + followUp.getId()).with(csrf()).with(user(me(outsider)))
                .param("status", "FAITE").param("version", "0")).andExpect(status().isNotFound());
    }
}
