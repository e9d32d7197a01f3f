package fr.maillage.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.shared.BusinessRuleException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * DOMAIN.md scenario 4: a cité éducative splits the State envelope between two communes and the
 * collège chef de file, with the communes' matching shares; a split or a grant above the envelope is
 * refused with what remains.
 */
@Tag("database")
class EnvelopeFlowsTests extends FundingTestSupport {

    @Test
    void scenario_4_the_state_envelope_is_split_and_never_exceeded() throws Exception {
        String location = mvc.perform(post(base(valenciennes) + "/enveloppes").with(csrf()).with(user(me(outsider)))
                        .param("funder", "ETAT_BOP147").param("year", "2027").param("amount", "300000")
                        .param("label", "Crédits cité éducative 2027"))
                .andExpect(redirectedUrlPattern(base(valenciennes) + "/enveloppes/*"))
                .andReturn().getResponse().getRedirectedUrl();
        allocate(location, "COMMUNE", "Valenciennes", "59606", "120000", "120000");
        allocate(location, "COMMUNE", "Anzin", "59014", "100000", "100000");
        allocate(location, "COLLEGE", "Collège Jules Ferry", "", "60000", "");
        mvc.perform(post(location + "/repartition").with(csrf()).with(user(me(outsider))).param("kind", "COMMUNE")
                        .param("target", "Anzin (complément)").param("amount", "30000"))
                .andExpect(flash().attribute("flashError",
                        "Une part de 30\u202f000,00 € dépasserait l’enveloppe de 300\u202f000,00 € : il ne reste que 20\u202f000,00 € à répartir."));
        mvc.perform(get(location).with(user(me(outsider)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Collège Jules Ferry")))
                .andExpect(content().string(containsString("280\u202f000,00 €")))
                .andExpect(content().string(containsString("20\u202f000,00 €")))
                .andExpect(content().string(containsString("220\u202f000,00 €")));
        mvc.perform(get(location).with(user(me(pilote)))).andExpect(status().isNotFound());
    }

    @Test
    void a_grant_beyond_the_funders_envelope_is_refused_with_what_remains() {
        envelopes.define(montbeliard.getId(), Funder.CAF, 2027, eur("10000"), null, null, null, null);
        Application first = instructed(montbeliard, "Premier dossier", Funder.CAF, "7000");
        Application second = instructed(montbeliard, "Second dossier", Funder.CAF, "5000");
        instruction.validateProgramme(montbeliard.getId(), List.of(first.getId()), "", actor(pilote));
        assertThatThrownBy(() -> instruction.validateProgramme(montbeliard.getId(), List.of(second.getId()), "",
                actor(pilote)))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertThat(((BusinessRuleException) e).arguments())
                        .containsExactly("5\u202f000,00 €", "CAF 2027", "3\u202f000,00 €"));
        FundingLine line = funding.lines(second.getId()).get(0);
        assertThat(line.getStatus()).isEqualTo(FundingStatus.INSTRUIT);
        instruction.validate(montbeliard.getId(), second.getId(), line.getId(), eur("3000"), "Réduit", actor(pilote));
        assertThat(funding.lines(second.getId()).get(0).getGranted()).isEqualByComparingTo("3000");
        assertThatThrownBy(() -> envelopes.define(montbeliard.getId(), Funder.CAF, 2027, eur("9000"), null, null,
                null, null)).isInstanceOf(BusinessRuleException.class);
    }

    private void allocate(String envelope, String kind, String target, String commune, String amount, String matching)
            throws Exception {
        mvc.perform(post(envelope + "/repartition").with(csrf()).with(user(me(outsider))).param("kind", kind)
                        .param("target", target).param("communeCode", commune).param("amount", amount)
                        .param("matchingShare", matching))
                .andExpect(flash().attribute("flashSuccess", containsString(target)));
    }

    static java.math.BigDecimal eur(String amount) {
        return new java.math.BigDecimal(amount).setScale(2);
    }
}
