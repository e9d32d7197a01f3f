package fr.maillage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.shared.TableReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Scenario 6 of DOMAIN.md end to end through the pages: a PMA chef de projet renews a citizen
 * council, imports the volunteers, draws 12 residents with gender parity by a reproducible draw,
 * appoints them, replaces one who resigns by the next substitute and checks the composition by
 * quartier; and what the public portal shows.
 */
@Tag("database")
class ParticipationFlowsTests extends ParticipationTestSupport {

    @Autowired
    Members memberRepository;

    @Test
    void scenario_6_a_council_is_renewed_by_a_reproducible_draw_with_gender_parity() throws Exception {
        String created = mvc.perform(as(pilote, post(base() + "/conseils/nouveau"))
                        .param("kind", "CONSEIL_CITOYEN").param("name", "Conseil citoyen de la Petite Hollande")
                        .param("qpvCodes", PETITE_HOLLANDE, CHIFFOGNE).param("mandateStart", "2026-12-01")
                        .param("mandateEnd", "2029-11-30").param("residentSeats", "12").param("actorSeats", "6")
                        .param("genderParity", "true").param("ageTargets[16-25]", "2")
                        .param("quartierTargets[" + PETITE_HOLLANDE + "]", "6"))
                .andExpect(redirectedUrlPattern(base() + "/conseils/*")).andReturn().getResponse().getRedirectedUrl();
        Long councilId = Long.valueOf(created.substring(created.lastIndexOf('/') + 1));

        String poolUrl = mvc.perform(as(contributeur, post(base() + "/conseils/" + councilId + "/viviers/nouveau"))
                        .param("name", "Volontaires et liste du bailleur 2026"))
                .andExpect(redirectedUrlPattern(base() + "/viviers/*")).andReturn().getResponse().getRedirectedUrl();
        Long poolId = Long.valueOf(poolUrl.substring(poolUrl.lastIndexOf('/') + 1));

        StringBuilder bad = new StringBuilder("Nom;Prénom;Sexe;Âge;Quartier;Source;Courriel\r\n");
        bad.append("Bénard;Élise;F;34;Petite Hollande;bailleur;elise@exemple.fr\r\n");
        bad.append("Durand;Jean;X;29;Petite Hollande;;\r\n");
        bad.append("Martin;Léa;F;12;Quartier inconnu;;\r\n");
        mvc.perform(asUpload(contributeur, multipart(base() + "/viviers/" + poolId + "/import")
                        .file(new MockMultipartFile("fichier", "vivier.csv", "text/csv",
                                bad.toString().getBytes(TableReader.WINDOWS_1252)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ligne 3 : genre « X » inconnu")))
                .andExpect(content().string(containsString("Ligne 4 : 12 ans")))
                .andExpect(content().string(containsString("quartier « Quartier inconnu » inconnu")))
                .andExpect(content().string(containsString("0 personnes dans le vivier")));

        StringBuilder good = new StringBuilder("\uFEFFnom,prenom,genre,tranche d'age,quartier,courriel\n");
        for (int i = 1; i <= 30; i++) {
            good.append("Nom").append(i).append(",Prénom").append(i).append(',').append(i % 2 == 1 ? "femme" : "homme")
                    .append(',').append(AgeBand.values()[i % 4].code()).append(',')
                    .append(i % 3 == 0 ? CHIFFOGNE : "Petite Hollande").append(",personne").append(i).append("@exemple.fr\n");
        }
        mvc.perform(asUpload(contributeur, multipart(base() + "/viviers/" + poolId + "/import")
                        .file(new MockMultipartFile("fichier", "vivier.csv", "text/csv",
                                good.toString().getBytes(StandardCharsets.UTF_8))).param("source", "VOLONTAIRES")))
                .andExpect(redirectedUrlPattern(base() + "/viviers/*"));
        mvc.perform(asUpload(contributeur, multipart(base() + "/viviers/" + poolId + "/import")
                        .file(new MockMultipartFile("fichier", "vivier.csv", "text/csv",
                                good.toString().getBytes(StandardCharsets.UTF_8))).param("source", "VOLONTAIRES")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ligne 2 : Prénom1 Nom1 est déjà dans le vivier (V00001)")))
                .andExpect(content().string(containsString("Ligne 31 : Prénom30 Nom30 est déjà dans le vivier (V00030)")));
        String twice = "nom;prénom;genre;âge;quartier\nNouveau;Paul;H;30;Petite Hollande\nNOUVEAU;paul;homme;33;Petite Hollande\n";
        mvc.perform(asUpload(contributeur, multipart(base() + "/viviers/" + poolId + "/import")
                        .file(new MockMultipartFile("fichier", "doublon.csv", "text/csv",
                                twice.getBytes(StandardCharsets.UTF_8)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ligne 3 : paul NOUVEAU figure déjà à la ligne 2 du fichier.")));
        mvc.perform(as(lecteur, get(base() + "/viviers/" + poolId))).andExpect(status().isOk())
                .andExpect(content().string(containsString("30 personnes dans le vivier")))
                .andExpect(content().string(containsString("V00030")))
                .andExpect(content().string(not(containsString("Prénom7"))));

        mvc.perform(as(contributeur, post(base() + "/conseils/" + councilId + "/tirages/preparer"))
                .param("poolId", poolId.toString()).param("seats", "12").param("gender", "true")
                .param("substitutesPerSeat", "1")).andExpect(status().isForbidden());
        mvc.perform(as(pilote, post(base() + "/conseils/" + councilId + "/tirages/preparer"))
                        .param("poolId", poolId.toString()).param("seats", "12").param("gender", "true")
                        .param("substitutesPerSeat", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"cells[0].seats\" value=\"6\"")))
                .andExpect(content().string(containsString("name=\"cells[1].seats\" value=\"6\"")));

        mvc.perform(drawRequest(councilId, poolId, 20, 6))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Il faut 20 femmes, le vivier n&#39;en compte que 15.")));

        String drawUrl = mvc.perform(drawRequest(councilId, poolId, 6, 6))
                .andExpect(redirectedUrlPattern(base() + "/tirages/*")).andReturn().getResponse().getRedirectedUrl();
        Long drawId = Long.valueOf(drawUrl.substring(drawUrl.lastIndexOf('/') + 1));
        Draw draw = draws.draw(montbeliard.getId(), drawId);
        assertThat(draw.getSeats()).isEqualTo(12);
        assertThat(draw.getSeedHex()).isEqualTo(java.util.HexFormat.of().formatHex(FairDraw.seed(SEED)));
        List<DrawEntry> entries = draws.entries(drawId);
        FairDraw.Result rerun = draws.rerun(draw);
        assertThat(entries.stream().filter(e -> !e.isSubstitute()).map(DrawEntry::getReference).toList())
                .as("the published data re-run the same draw").isEqualTo(rerun.drawn());
        assertThat(entries.stream().filter(DrawEntry::isSubstitute)).hasSize(12);
        mvc.perform(as(lecteur, get(drawUrl))).andExpect(status().isOk())
                .andExpect(content().string(containsString(draw.getSeedHex())))
                .andExpect(content().string(containsString(draw.getPoolDigest())))
                .andExpect(content().string(containsString("Femmes")))
                .andExpect(content().string(not(containsString("Prénom"))));
        mvc.perform(as(lecteur, get(drawUrl + "/vivier-anonymise.csv"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("V00001;F;26-40;" + PETITE_HOLLANDE)));

        mvc.perform(as(pilote, post(drawUrl + "/nommer"))).andExpect(redirectedUrlPattern(base() + "/conseils/*"));
        List<Member> appointed = participation.activeMembers(montbeliard.getId(), councilId);
        assertThat(appointed).hasSize(12);
        assertThat(appointed.stream().filter(m -> m.getGender() == Gender.FEMME)).hasSize(6);

        Member leaving = appointed.stream().filter(m -> m.getGender() == Gender.HOMME).findFirst().orElseThrow();
        mvc.perform(as(contributeur, post(base() + "/membres/" + leaving.getId() + "/depart"))
                        .param("leftOn", "2027-03-01").param("reason", "DEMISSION")
                        .param("version", String.valueOf(leaving.getVersion())).param("replace", "true"))
                .andExpect(redirectedUrlPattern(base() + "/conseils/*"));
        List<Member> now = participation.activeMembers(montbeliard.getId(), councilId);
        assertThat(now).hasSize(12).noneMatch(m -> m.getId().equals(leaving.getId()));
        Member substitute = now.stream().filter(m -> leaving.getId().equals(m.getReplacesMemberId())).findFirst()
                .orElseThrow(() -> new AssertionError("no substitute called"));
        assertThat(substitute.getGender()).isEqualTo(Gender.HOMME);
        DrawEntry firstSubstitute = entries.stream().filter(DrawEntry::isSubstitute)
                .filter(e -> e.getCellPosition() == cellOf(entries, leaving)).findFirst().orElseThrow();
        assertThat(substitute.getDrawEntryId()).as("the next substitute of the same cell").isEqualTo(firstSubstitute.getId());

        mvc.perform(as(lecteur, get(base() + "/conseils/" + councilId + "/composition"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Petite Hollande")))
                .andExpect(content().string(containsString("Collège des habitants")));
        mvc.perform(as(pilote, get(base() + "/conseils/" + councilId + "/historique"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Démission")))
                .andExpect(content().string(containsString("Suppléant appelé")));
        assertThat(participation.history(montbeliard.getId(), councilId, Pageable.unpaged()).getTotalElements())
                .isEqualTo(13);
    }

    @Test
    void the_public_portal_shows_only_what_the_pilote_published() throws Exception {
        Council council = council("Conseil citoyen des Champs Montants");
        participation.addMember(montbeliard.getId(), council.getId(), new MemberDetails(College.ACTEURS, "Yasmina",
                "Confidentielle", Gender.FEMME, null, null, "Amicale des locataires", "yasmina@exemple.fr", null), null);
        mvc.perform(get("/conseils-citoyens/" + council.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/conseils-citoyens")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Champs Montants"))));
        mvc.perform(as(contributeur, post(base() + "/conseils/" + council.getId() + "/publication"))
                .param("published", "true")).andExpect(status().isForbidden());
        mvc.perform(as(pilote, post(base() + "/conseils/" + council.getId() + "/publication"))
                        .param("published", "true").param("memberCounts", "true").param("meetings", "true")
                        .param("contactEmail", "conseil.champs@exemple.fr")
                        .param("meetingLines", "10/12/2026 Séance plénière\n")
                        .param("version", String.valueOf(council.getVersion())))
                .andExpect(redirectedUrlPattern(base() + "/conseils/*"));
        mvc.perform(get("/conseils-citoyens")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Conseil citoyen des Champs Montants")));
        mvc.perform(get("/conseils-citoyens/" + council.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Petite Hollande")))
                .andExpect(content().string(containsString("conseil.champs@exemple.fr")))
                .andExpect(content().string(containsString("Collège des associations et acteurs locaux : 1")))
                .andExpect(content().string(containsString("Séance plénière")))
                .andExpect(content().string(not(containsString("Confidentielle"))))
                .andExpect(content().string(not(containsString("yasmina@exemple.fr"))));
    }

    @Test
    void the_verification_page_re_runs_a_published_draw() throws Exception {
        Council council = council("Conseil citoyen de la Chiffogne");
        VolunteerPool pool = pool(council, 24);
        Draw draw = draws.draw(montbeliard.getId(), pool.getId(),
                List.of(new FairDraw.Cell("F", "*", "*", 2), new FairDraw.Cell("H", "*", "*", 2)), 1, SEED, "test");
        mvc.perform(get("/conseils-citoyens/tirages/" + draw.getId())).andExpect(status().isNotFound());
        participation.publish(montbeliard.getId(), council.getId(), council.getVersion(),
                new CouncilPublication(true, false, false, false, null, List.of()));
        String drawn = String.join(" ", draws.rerun(draw).cells().get(0).drawn());
        mvc.perform(get("/conseils-citoyens/tirages/" + draw.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString(draw.getSeedHex())))
                .andExpect(content().string(not(containsString("Prénom"))));
        mvc.perform(get("/conseils-citoyens/verifier").param("tirage", draw.getId().toString())).andExpect(status().isOk())
                .andExpect(content().string(containsString("F;*;*;2")));
        mvc.perform(post("/conseils-citoyens/verifier").with(csrf()).param("seedPhrase", SEED)
                        .param("cells", "F;*;*;2\nH;*;*;2").param("substitutesPerSeat", "1")
                        .param("pool", draw.getAnonymisedPool()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(draw.getPoolDigest())))
                .andExpect(content().string(containsString(drawn)));
        mvc.perform(post("/conseils-citoyens/verifier").with(csrf()).param("seedPhrase", SEED)
                        .param("cells", "F;*;*;20").param("substitutesPerSeat", "1").param("pool", draw.getAnonymisedPool()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Il faut 20 femmes, le vivier n&#39;en compte que 12.")));
        mvc.perform(get("/conseils-citoyens/methode")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Fisher-Yates")));
    }

    @Test
    void residents_names_stay_with_pilotes_and_contributeurs_and_outsiders_see_nothing() throws Exception {
        Council council = council("Conseil citoyen de Bethoncourt");
        VolunteerPool pool = pool(council, 4);
        mvc.perform(as(contributeur, get(base() + "/viviers/" + pool.getId()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prénom3 Nom3")));
        mvc.perform(as(lecteur, get(base() + "/viviers/" + pool.getId()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Prénom3"))));
        mvc.perform(as(outsider, get(base() + "/conseils/" + council.getId()))).andExpect(status().isNotFound());
        mvc.perform(as(outsider, get(base()))).andExpect(status().isNotFound());
        mvc.perform(as(lecteur, get(base() + "/conseils/nouveau"))).andExpect(status().isForbidden());
        mvc.perform(as(admin, get(base() + "/conseils/" + council.getId()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Conseil citoyen de Bethoncourt")));
    }

    @Test
    void a_bad_council_form_shows_french_errors_next_to_the_fields() throws Exception {
        mvc.perform(as(pilote, post(base() + "/conseils/nouveau")).param("kind", "CONSEIL_CITOYEN").param("name", " ")
                        .param("mandateStart", "2027-01-01").param("mandateEnd", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le nom de l&#39;instance.")))
                .andExpect(content().string(containsString("Choisissez au moins un quartier prioritaire.")))
                .andExpect(content().string(containsString("La fin du mandat doit suivre son début.")))
                .andExpect(content().string(containsString("id=\"mandateEnd-erreur\"")));
    }

    @Test
    void a_volunteer_is_erased_but_his_pseudonym_stays_in_the_draw() throws Exception {
        Council council = council("Conseil citoyen de la Citadelle");
        VolunteerPool pool = pool(council, 6);
        Volunteer first = participation.volunteers(montbeliard.getId(), pool.getId(), Pageable.unpaged()).getContent().get(0);
        mvc.perform(as(contributeur, get(base() + "/volontaires/" + first.getId() + "/donnees.json")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Prénom1")));
        mvc.perform(as(lecteur, get(base() + "/volontaires/" + first.getId() + "/donnees.json")))
                .andExpect(status().isForbidden());
        mvc.perform(as(contributeur, post(base() + "/volontaires/" + first.getId() + "/effacer")))
                .andExpect(redirectedUrlPattern(base() + "/viviers/*"));
        Volunteer erased = participation.volunteer(montbeliard.getId(), first.getId());
        assertThat(erased.getFirstName()).isEqualTo("—");
        assertThat(erased.getEmail()).isNull();
        assertThat(erased.getReference()).isEqualTo("V00001");
    }

    static final String SEED = "2026-11-22 Loto 4 12 25 33 41 chance 7";

    private MockHttpServletRequestBuilder drawRequest(Long councilId, Long poolId, int women, int men) {
        return as(pilote, post(base() + "/conseils/" + councilId + "/tirages/nouveau"))
                .param("poolId", poolId.toString()).param("substitutesPerSeat", "1").param("seedPhrase", SEED)
                .param("cells[0].gender", "F").param("cells[0].ageBand", "*").param("cells[0].quartier", "*")
                .param("cells[0].seats", String.valueOf(women))
                .param("cells[1].gender", "H").param("cells[1].ageBand", "*").param("cells[1].quartier", "*")
                .param("cells[1].seats", String.valueOf(men));
    }

    private int cellOf(List<DrawEntry> entries, Member member) {
        return entries.stream().filter(e -> e.getId().equals(member.getDrawEntryId())).findFirst().orElseThrow()
                .getCellPosition();
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder asUpload(
            fr.maillage.account.UserAccount who,
            org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(me(who)));
    }

    private MockHttpServletRequestBuilder as(fr.maillage.account.UserAccount who, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(me(who)));
    }
}
