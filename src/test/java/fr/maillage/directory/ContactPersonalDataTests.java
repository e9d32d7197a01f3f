package fr.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.shared.AuditEntries;
import fr.maillage.shared.AuditEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person's rights over the contact record a workspace keeps: everything held about her as JSON
 * and PDF, erasure and anonymisation that also reach the audit trail, and the review of contacts
 * kept past the retention period.
 */
@Tag("database")
class ContactPersonalDataTests extends DirectoryTestSupport {

    @Autowired
    AuditEntries audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_person_s_file_lists_her_details_organisations_and_history() throws Exception {
        Organisation asso = organisation("Maison Rgpdine", OrganisationKind.ASSOCIATION, "25388", Set.of());
        Contact claire = contact("Claire", "Rgpdienne", "claire.rgpd@example.org", asso);
        String base = base(montbeliard) + "/contacts/" + claire.getId();
        mvc.perform(get(base + "/donnees.json").with(user(me(contributeur)))).andExpect(status().isOk())
                .andExpect(jsonPath("$.firstName").value("Claire"))
                .andExpect(jsonPath("$.email").value("claire.rgpd@example.org"))
                .andExpect(jsonPath("$.organisations[0].organisation").value("Maison Rgpdine"))
                .andExpect(jsonPath("$.organisations[0].role").value("Bénévole"))
                .andExpect(jsonPath("$.history[0].action").value("CREATE"));
        byte[] pdf = mvc.perform(get(base + "/donnees.pdf").with(user(me(pilote)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(fr.maillage.testing.PdfChecks.accessibleText(pdf)).contains("Claire", "claire.rgpd@example.org");
        mvc.perform(get(base + "/donnees.json").with(user(me(lecteur)))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/donnees.json").with(user(me(outsider)))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(user(me(pilote))))
                .andExpect(content().string(containsString("Données personnelles (RGPD)")));
    }

    @Test
    void anonymising_keeps_the_ties_but_nothing_that_identifies_the_person_even_in_the_audit_trail() throws Exception {
        Organisation asso = organisation("Maison Anonymine", OrganisationKind.ASSOCIATION, "25388", Set.of());
        Contact paul = contact("Paul", "Anonymien", "paul.anonyme@example.org", asso);
        mvc.perform(post(base(montbeliard) + "/contacts/" + paul.getId() + "/anonymiser").with(csrf())
                        .with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", containsString("anonymisée")));
        Contact after = directory.contact(montbeliard.getId(), paul.getId());
        assertThat(after.fullName()).doesNotContain("Paul").doesNotContain("Anonymien");
        assertThat(after.getEmail()).isNull();
        assertThat(after.getAffiliations()).extracting(Affiliation::organisationId).containsExactly(asso.getId());
        assertThat(audit.findByEntityTypeAndEntityIdOrderByIdAsc("Contact", paul.getId().toString()))
                .isNotEmpty().extracting(AuditEntry::getChanges)
                .noneMatch(c -> c != null && (c.contains("Anonymien") || c.contains("paul.anonyme")));
    }

    @Test
    void erasing_deletes_the_contact_and_his_traces() throws Exception {
        Contact eve = contact("Ève", "Effacée", "eve.efface@example.org", null);
        mvc.perform(post(base(montbeliard) + "/contacts/" + eve.getId() + "/effacer").with(csrf())
                        .with(user(me(contributeur))))
                .andExpect(flash().attribute("flashSuccess", containsString("effacée")));
        mvc.perform(get(base(montbeliard) + "/contacts/" + eve.getId()).with(user(me(pilote))))
                .andExpect(status().isNotFound());
        assertThat(audit.findByEntityTypeAndEntityIdOrderByIdAsc("Contact", eve.getId().toString()))
                .extracting(AuditEntry::getAction).contains(AuditEntry.Action.DELETE);
        assertThat(audit.findByEntityTypeAndEntityIdOrderByIdAsc("Contact", eve.getId().toString()))
                .extracting(AuditEntry::getChanges).noneMatch(c -> c != null && c.contains("Effacée"));
    }

    @Test
    void contacts_not_updated_for_the_retention_period_are_put_up_for_review() throws Exception {
        Contact old = contact("Odile", "Ancienne", null, null);
        Contact recent = contact("Rémi", "Récent", null, null);
        jdbc.update("update directory_contact set updated_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(4 * 366, ChronoUnit.DAYS)), old.getId());
        mvc.perform(get(base(montbeliard) + "/contacts/a-revoir").with(user(me(pilote)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Odile Ancienne")))
                .andExpect(content().string(containsString("plus de 3 ans")))
                .andExpect(content().string(not(containsString("Rémi Récent"))));
        mvc.perform(post(base(montbeliard) + "/contacts/" + old.getId() + "/conserver").with(csrf())
                        .with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", containsString("nouvelle période")));
        mvc.perform(get(base(montbeliard) + "/contacts/a-revoir").with(user(me(pilote))))
                .andExpect(content().string(not(containsString("Odile Ancienne"))));
        assertThat(recent.getUpdatedAt()).isNotNull();
    }

    private Contact contact(String first, String last, String email, Organisation organisation) {
        return directory.createContact(montbeliard.getId(), new ContactDetails(first, last, null, email, null,
                LegalBasis.MISSION_INTERET_PUBLIC, null, null,
                organisation == null ? List.of() : List.of(new Affiliation(organisation.getId(), "Bénévole"))));
    }
}
