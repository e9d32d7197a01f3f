package fr.maillage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.directory.Contact;
import fr.maillage.directory.ContactDetails;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;

/**
 * What leaves the module: the draw's PDF report (names only inside the workspace), the charter, the
 * composition chart, the RGPD file and erasure through the directory, and the API.
 */
@Tag("database")
class ParticipationDocumentsTests extends ParticipationTestSupport {

    @Autowired
    DirectoryManagement directory;

    @Test
    void the_report_lists_pool_size_quotas_seed_drawn_and_substitutes() throws Exception {
        Council council = council("Conseil citoyen des Buis");
        VolunteerPool pool = pool(council, 24);
        Draw draw = draws.draw(montbeliard.getId(), pool.getId(),
                List.of(new FairDraw.Cell("F", "*", "*", 2), new FairDraw.Cell("H", "*", "*", 2)), 1,
                "2026-11-22 tirage des Buis", "Claire Pilote");
        FairDraw.Result result = draws.rerun(draw);
        String inside = pdfText(mvc.perform(get(base() + "/tirages/" + draw.getId() + "/rapport.pdf")
                .with(user(me(contributeur)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(inside).contains("24", "2026-11-22 tirage des Buis", draw.getSeedHex().substring(0, 32),
                "Femmes", "Hommes", result.cells().get(0).drawn().get(0), result.cells().get(0).substitutes().get(0),
                "Suppléant");
        assertThat(inside).containsPattern("Prénom\\d+ Nom\\d+");
        String lecteurs = pdfText(mvc.perform(get(base() + "/tirages/" + draw.getId() + "/rapport.pdf")
                .with(user(me(lecteur)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(lecteurs).doesNotContain("Prénom").contains(result.cells().get(1).drawn().get(0));
        participation.publish(montbeliard.getId(), council.getId(), council.getVersion(),
                new CouncilPublication(true, false, false, false, null, List.of()));
        String published = pdfText(mvc.perform(get("/conseils-citoyens/tirages/" + draw.getId() + "/rapport.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(published).doesNotContain("Prénom").contains(draw.getSeedPhrase(), "pseudonyme");
    }

    @Test
    void the_charter_is_deposited_and_published_only_when_chosen() throws Exception {
        Council council = council("Conseil citoyen de la Mouillère");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        mvc.perform(multipart(base() + "/conseils/" + council.getId() + "/charte")
                        .file(new MockMultipartFile("fichier", "charte.pdf", "application/pdf", pdf))
                        .with(csrf()).with(user(me(contributeur))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart(base() + "/conseils/" + council.getId() + "/charte")
                        .file(new MockMultipartFile("fichier", "charte.exe", "application/pdf", new byte[] {'M', 'Z', 0, 0}))
                        .with(csrf()).with(user(me(contributeur))))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(base() + "/conseils/" + council.getId() + "/charte").with(user(me(lecteur))))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        Council saved = participation.council(montbeliard.getId(), council.getId());
        participation.publish(montbeliard.getId(), council.getId(), saved.getVersion(),
                new CouncilPublication(true, false, false, false, null, List.of()));
        mvc.perform(get("/conseils-citoyens/" + council.getId() + "/charte")).andExpect(status().isNotFound());
        saved = participation.council(montbeliard.getId(), council.getId());
        participation.publish(montbeliard.getId(), council.getId(), saved.getVersion(),
                new CouncilPublication(true, true, false, false, null, List.of()));
        mvc.perform(get("/conseils-citoyens/" + council.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("charte.pdf")));
        mvc.perform(get("/conseils-citoyens/" + council.getId() + "/charte")).andExpect(status().isOk())
                .andExpect(content().bytes(pdf));
    }

    @Test
    void the_composition_has_a_chart_with_its_data_table() throws Exception {
        Council council = council("Conseil citoyen du Mont-Christ");
        participation.addMember(montbeliard.getId(), council.getId(), new MemberDetails(College.HABITANTS, "Inès",
                "Habitante", Gender.FEMME, AgeBand.AGE_16_25, PETITE_HOLLANDE, null, null, null), LocalDate.now());
        mvc.perform(get(base() + "/conseils/" + council.getId() + "/composition").with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("<th scope=\"row\">Habitants du quartier : Petite Hollande</th>")))
                .andExpect(content().string(containsString("Il manque 5")));
    }

    @Autowired
    fr.maillage.governance.GovernanceManagement governance;

    @Autowired
    fr.maillage.governance.HoldMeeting holdMeeting;

    @Test
    void the_composition_page_shows_members_presence_in_the_contracts_bodies() throws Exception {
        Council council = council("Conseil citoyen du Coteau Jouvent");
        Contact karim = directory.createContact(montbeliard.getId(), new ContactDetails("Karim", "Haddad", null,
                "karim.haddad@exemple.fr", null, LegalBasis.CONSENTEMENT, LocalDate.of(2026, 1, 10), null, List.of()));
        participation.addMember(montbeliard.getId(), council.getId(), new MemberDetails(College.HABITANTS, "Karim",
                "Haddad", Gender.HOMME, AgeBand.AGE_26_40, PETITE_HOLLANDE, null, "karim.haddad@exemple.fr", null),
                LocalDate.of(2026, 1, 15));
        var copil = governance.createBody(montbeliard.getId(), new fr.maillage.governance.BodyDetails(
                fr.maillage.governance.BodyKind.COPIL, "Comité de pilotage du contrat de ville", null, null,
                fr.maillage.governance.QuorumRule.NONE, 0));
        governance.addMember(montbeliard.getId(), copil.getId(), new fr.maillage.governance.MemberDetails(null,
                karim.getId(), null, fr.maillage.governance.MemberFunction.MEMBRE, "Conseil citoyen", null, null, true));
        var meeting = governance.planMeeting(montbeliard.getId(), copil.getId(), new fr.maillage.governance.MeetingDetails(
                "COPIL de printemps", java.time.LocalDateTime.of(2026, 4, 2, 14, 0),
                java.time.LocalDateTime.of(2026, 4, 2, 17, 0), "Hôtel d'agglomération", null));
        var line = holdMeeting.attendance(montbeliard.getId(), meeting.getId()).get(0);
        holdMeeting.mark(montbeliard.getId(), meeting.getId(), line.getId(),
                fr.maillage.governance.AttendanceStatus.PRESENT, null);
        mvc.perform(get(base() + "/conseils/" + council.getId() + "/composition").with(user(me(contributeur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Karim Haddad")))
                .andExpect(content().string(containsString("Comité de pilotage du contrat de ville — COPIL de printemps du 02/04/2026 : présent")))
                .andExpect(content().string(containsString("1 sur 1")));
        mvc.perform(get(base() + "/conseils/" + council.getId() + "/composition").with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Karim"))));
    }

    @Test
    void the_directory_rgpd_file_and_erasure_cover_council_members_and_volunteers() throws Exception {
        Council council = council("Conseil citoyen des Fougères");
        Contact contact = directory.createContact(montbeliard.getId(), new ContactDetails("Nadia", "Belkacem", null,
                "nadia.belkacem@exemple.fr", null, LegalBasis.CONSENTEMENT, LocalDate.of(2026, 1, 10), null, List.of()));
        Member member = participation.addMember(montbeliard.getId(), council.getId(), new MemberDetails(College.HABITANTS,
                "Nadia", "Belkacem", Gender.FEMME, AgeBand.AGE_41_60, CHIFFOGNE, null, "Nadia.Belkacem@exemple.fr", null),
                LocalDate.of(2026, 2, 1));
        VolunteerPool pool = participation.createPool(montbeliard.getId(), council.getId(), "Liste du bailleur", null);
        participation.addVolunteer(montbeliard.getId(), pool.getId(), new VolunteerDetails("Nadia", "Belkacem",
                Gender.FEMME, AgeBand.AGE_41_60, CHIFFOGNE, ListSource.BAILLEUR, "nadia.belkacem@exemple.fr", null, null));
        String contactUrl = "/espaces/" + montbeliard.getId() + "/annuaire/contacts/" + contact.getId();
        mvc.perform(get(contactUrl + "/donnees.json").with(user(me(pilote)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.elsewhere[*].label", hasItem("Membre de « Conseil citoyen des Fougères »")))
                .andExpect(jsonPath("$.elsewhere[*].label", hasItem("Vivier « Liste du bailleur »")));
        mvc.perform(post(contactUrl + "/effacer").with(csrf()).with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());
        Member erased = participation.member(montbeliard.getId(), member.getId());
        assertThat(erased.getLastName()).isEqualTo("#" + member.getId());
        assertThat(erased.getEmail()).isNull();
        assertThat(participation.volunteers(montbeliard.getId(), pool.getId(), org.springframework.data.domain.Pageable.unpaged())
                .getContent()).allMatch(Volunteer::isErased);
    }

    @Test
    void a_pool_past_its_retention_loses_names_but_its_draws_stay_verifiable() {
        Council council = council("Conseil citoyen de la Butte");
        VolunteerPool pool = pool(council, 12);
        Draw draw = draws.draw(montbeliard.getId(), pool.getId(),
                List.of(new FairDraw.Cell("F", "*", "*", 2), new FairDraw.Cell("H", "*", "*", 2)), 1, "butte", "test");
        FairDraw.Result before = draws.rerun(draw);
        VolunteerPool expired = participation.createPool(montbeliard.getId(), council.getId(), "Ancien vivier",
                LocalDate.now().minusDays(1));
        assertThat(participation.poolsPastRetention(LocalDate.now())).extracting(VolunteerPool::getId)
                .contains(expired.getId()).doesNotContain(pool.getId());
        participation.erasePool(pool.getId());
        assertThat(participation.volunteers(montbeliard.getId(), pool.getId(),
                org.springframework.data.domain.Pageable.unpaged()).getContent())
                .allMatch(v -> v.isErased() && v.getEmail() == null && v.getLastName().startsWith("V"));
        assertThat(participation.pool(montbeliard.getId(), pool.getId()).isErased()).isTrue();
        assertThat(draws.rerun(draws.draw(montbeliard.getId(), draw.getId()))).isEqualTo(before);
    }

    @Test
    void the_api_lists_councils_and_draws_of_the_workspace_only() throws Exception {
        Council council = council("Conseil citoyen de la Prairie");
        VolunteerPool pool = pool(council, 16);
        String url = "/api/v1/workspaces/" + montbeliard.getId();
        mvc.perform(get(url + "/councils").header("Authorization", bearer(lecteur))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("Conseil citoyen de la Prairie")));
        mvc.perform(get(url + "/councils").header("Authorization", bearer(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(url + "/councils")).andExpect(status().isUnauthorized());
        String body = """
                {"poolId":%d,"seedPhrase":"2026-11-22 API","substitutesPerSeat":1,
                 "cells":[{"gender":"F","ageBand":"*","quartier":"*","seats":2},{"gender":"H","ageBand":"*","quartier":"*","seats":2}]}
                """.formatted(pool.getId());
        mvc.perform(post(url + "/draws").header("Authorization", bearer(contributeur)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(post(url + "/draws").header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.seats").value(4))
                .andExpect(jsonPath("$.poolSize").value(16))
                .andExpect(jsonPath("$.entries.length()").value(8))
                .andExpect(content().string(not(containsString("Prénom"))));
        mvc.perform(post(url + "/draws").header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"seats\":2}", "\"seats\":9}")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("Il faut 9 femmes, le vivier n'en compte que 8.")));
        mvc.perform(get(url + "/draws").header("Authorization", bearer(lecteur))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].seed").isNotEmpty());
        String other = "/api/v1/workspaces/" + bourges.getId();
        mvc.perform(get(other + "/draws").header("Authorization", bearer(outsider))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post(url + "/councils").header("Authorization", bearer(contributeur))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"TABLE_DE_QUARTIER\",\"name\":\"Table de quartier de la Chiffogne\","
                                + "\"qpvCodes\":[\"" + CHIFFOGNE + "\"],\"residentSeats\":10,\"actorSeats\":5}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("TABLE_DE_QUARTIER"));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
