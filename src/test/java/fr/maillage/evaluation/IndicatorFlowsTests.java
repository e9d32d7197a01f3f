package fr.maillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.shared.AuditEntries;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Indicators and their values through the pages: definition with baseline and targets, the
 * library, entry by period and disaggregation, the question asked for implausible values, the
 * CSV import that writes nothing on error, the audit trail and the dashboard's summary.
 */
@Tag("database")
class IndicatorFlowsTests extends EvaluationTestSupport {

    @Autowired
    AuditEntries audit;

    @Test
    void a_pilote_defines_an_indicator_with_baseline_and_targets() throws Exception {
        mvc.perform(post(base(cite) + "/indicateurs/nouveau").with(csrf()).with(user(me(pilote)))
                        .param("name", "Parents impliqués").param("definition", "Parents venus à au moins un atelier")
                        .param("unit", "NOMBRE").param("direction", "HIGHER_IS_BETTER").param("level", "WORKSPACE")
                        .param("periodicity", "ANNEE_SCOLAIRE").param("source", "Bilans")
                        .param("disaggregations", "SEXE").param("baselineValue", "120,5")
                        .param("baselineDate", "2023-06-30").param("minValue", "0").param("maxValue", "5000")
                        .param("targets", "2025-2026 : 150\n2026-2027 : 180"))
                .andExpect(status().is3xxRedirection());
        Indicator created = evaluation.allIndicators(cite.getId()).get(0);
        assertThat(created.getBaselineValue()).isEqualByComparingTo("120.5");
        assertThat(created.getTargets()).containsKeys("2025-2026", "2026-2027");
        mvc.perform(get(base(cite) + "/indicateurs/" + created.getId()).with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Parents impliqués")))
                .andExpect(content().string(containsString("2026-2027 : 180")))
                .andExpect(content().string(not(containsString("Saisir des valeurs"))));
    }

    @Test
    void targets_of_the_wrong_periodicity_are_refused_next_to_the_field() throws Exception {
        mvc.perform(post(base(cite) + "/indicateurs/nouveau").with(csrf()).with(user(me(pilote)))
                        .param("name", "Absentéisme").param("unit", "POURCENTAGE").param("direction", "LOWER_IS_BETTER")
                        .param("level", "WORKSPACE").param("periodicity", "ANNEE_SCOLAIRE")
                        .param("targets", "2026 : 5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("une année scolaire est attendue")));
        assertThat(evaluation.allIndicators(cite.getId())).isEmpty();
    }

    @Test
    void the_library_adds_ready_made_indicators_in_one_click_and_only_once() throws Exception {
        mvc.perform(get(base(cite) + "/indicateurs/bibliotheque").with(user(me(pilote))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Taux d&#39;absentéisme scolaire")))
                .andExpect(content().string(containsString("Part des actions co-construites avec les familles")));
        mvc.perform(post(base(cite) + "/indicateurs/bibliotheque").with(csrf()).with(user(me(pilote)))
                        .param("codes", "ce-enfants-touches", "ce-absenteisme"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base(cite) + "/indicateurs/bibliotheque").with(csrf()).with(user(me(pilote)))
                        .param("codes", "ce-enfants-touches"))
                .andExpect(status().is3xxRedirection());
        assertThat(evaluation.allIndicators(cite.getId())).extracting(Indicator::getCode)
                .containsExactlyInAnyOrder("ce-enfants-touches", "ce-absenteisme");
        mvc.perform(get(base(cite) + "/indicateurs/bibliotheque").with(user(me(contributeur))))
                .andExpect(status().isForbidden());
    }

    @Test
    void values_outside_the_plausible_bounds_are_questioned_before_being_saved() throws Exception {
        Indicator indicator = childrenReached(cite);
        String entry = base(cite) + "/indicateurs/" + indicator.getId() + "/saisie";
        mvc.perform(post(entry).with(csrf()).with(user(me(pilote))).param("periode", "2025-2026")
                        .param("part.TOTAL:TOTAL", "41200").param("part.SEXE:F", "210"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sortent des bornes plausibles")))
                .andExpect(content().string(containsString("Je confirme ces valeurs")));
        assertThat(evaluation.values(cite.getId(), indicator.getId(), PageRequest.of(0, 10))).isEmpty();
        mvc.perform(post(entry).with(csrf()).with(user(me(pilote))).param("periode", "2025-2026")
                        .param("part.TOTAL:TOTAL", "412").param("part.SEXE:F", "210").param("part.SEXE:M", "202")
                        .param("part.QPV:QN05901M", "300").param("commentaire", "Bilans reçus").param("source", "Porteurs"))
                .andExpect(redirectedUrl(base(cite) + "/indicateurs/" + indicator.getId()));
        assertThat(evaluation.values(cite.getId(), indicator.getId(), PageRequest.of(0, 10))).hasSize(4);
        mvc.perform(get(base(cite)).with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Valeur 2025-2026 : 412, cible 450 (92 %), en hausse de 12 % depuis la référence 2023.")));
        assertThat(audit.findByWorkspaceIdOrderByOccurredAtDescIdDesc(cite.getId(), PageRequest.of(0, 50)).getContent())
                .anySatisfy(e -> assertThat(e.getEntityType()).isEqualTo("Measurement"));
    }

    @Test
    void a_confirmed_implausible_value_is_saved() throws Exception {
        Indicator indicator = childrenReached(cite);
        mvc.perform(post(base(cite) + "/indicateurs/" + indicator.getId() + "/saisie").with(csrf()).with(user(me(pilote)))
                        .param("periode", "2025-2026").param("part.TOTAL:TOTAL", "2500").param("confirmer", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(evaluation.values(cite.getId(), indicator.getId(), PageRequest.of(0, 10)).getContent())
                .extracting(Measurement::getValue).containsExactly(new BigDecimal("2500.00"));
    }

    @Test
    void a_lecteur_and_a_contributeur_without_assigned_action_cannot_enter_values() throws Exception {
        Indicator indicator = childrenReached(cite);
        for (var who : java.util.List.of(lecteur, contributeur)) {
            mvc.perform(post(base(cite) + "/indicateurs/" + indicator.getId() + "/saisie").with(csrf())
                            .with(user(me(who))).param("periode", "2025-2026").param("part.TOTAL:TOTAL", "5"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void a_csv_import_with_one_bad_line_writes_nothing_and_names_the_line() throws Exception {
        Indicator indicator = childrenReached(cite);
        String csv = """
                indicateur;periode;ventilation;categorie;valeur;commentaire;source
                Enfants touchés;2024-2025;;;380;;DSDEN
                Enfants touchés;2024-2025;SEXE;F;190;;
                Enfants touchés;2025;;;12;;
                Enfants touchés;2024-2025;AGE;06-10;12;;
                """;
        mvc.perform(multipart(base(cite) + "/import").file(new MockMultipartFile("fichier", "valeurs.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(me(pilote))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ligne 4 : Période « 2025 » non valide")))
                .andExpect(content().string(containsString("Ligne 5 : L&#39;indicateur « Enfants touchés » n&#39;est pas ventilé par AGE")));
        assertThat(evaluation.values(cite.getId(), indicator.getId(), PageRequest.of(0, 10))).isEmpty();
        String good = """
                indicateur;periode;ventilation;categorie;valeur;commentaire;source
                Enfants touchés;2024-2025;;;380;;DSDEN
                Enfants touchés;2024-2025;SEXE;F;190,0;;
                """;
        mvc.perform(multipart(base(cite) + "/import").file(new MockMultipartFile("fichier", "valeurs.csv", "text/csv",
                        good.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());
        assertThat(evaluation.values(cite.getId(), indicator.getId(), PageRequest.of(0, 10))).hasSize(2);
    }

    @Test
    void another_workspace_never_sees_the_indicators() throws Exception {
        Indicator indicator = childrenReached(cite);
        mvc.perform(get(base(cite) + "/indicateurs/" + indicator.getId()).with(user(me(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(get(base(other) + "/indicateurs/" + indicator.getId()).with(user(me(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(get(base(cite)).with(user(me(outsider)))).andExpect(status().isNotFound());
    }
}
