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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Organisations and contacts as pilotes, contributeurs and lecteurs use them, and the wall that
 * keeps a workspace's contacts and notes from the others.
 */
@Tag("database")
class DirectoryFlowsTests extends DirectoryTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    Organisations organisationRepository;

    @Test
    void a_contributeur_records_an_organisation_and_finds_its_page() throws Exception {
        mvc.perform(post(base(montbeliard) + "/organisations/nouvelle").with(csrf()).with(user(me(contributeur)))
                        .param("name", "Les Petits Débrouillards").param("acronym", "LPD").param("kind", "ASSOCIATION")
                        .param("siret", "732 829 320 00074").param("rna", "w251002345").param("communeCode", "25388")
                        .param("street", "12 rue de la Paix").param("postalCode", "25200")
                        .param("themeCodes", "education", "numerique"))
                .andExpect(redirectedUrlPattern(base(montbeliard) + "/organisations/*"))
                .andExpect(flash().attribute("flashSuccess", containsString("Les Petits Débrouillards")));
        Organisation saved = organisationRepository.findBySiret("73282932000074")
                .orElseThrow(() -> new AssertionError("organisation not saved"));
        assertThat(saved.getSiret()).isEqualTo("73282932000074");
        assertThat(saved.getRna()).isEqualTo("W251002345");
        assertThat(saved.getEpciCode()).as("EPCI resolved from the commune").isNotNull();
        mvc.perform(get(base(montbeliard) + "/organisations/" + saved.getId()).with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les Petits Débrouillards (LPD)")))
                .andExpect(content().string(containsString("Montbéliard (25388)")))
                .andExpect(content().string(containsString("Éducation")))
                .andExpect(content().string(containsString("Fiche de l&#39;organisation créée")))
                .andExpect(content().string(not(containsString("/modifier"))));
    }

    @Test
    void a_bad_organisation_form_shows_french_errors_next_to_the_fields() throws Exception {
        mvc.perform(post(base(montbeliard) + "/organisations/nouvelle").with(csrf()).with(user(me(pilote)))
                        .param("name", "Collège Lou Blazer").param("kind", "ETABLISSEMENT_SCOLAIRE")
                        .param("siret", "73282932000075").param("rna", "W12345").param("uai", "025001")
                        .param("communeCode", "99999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"siret-erreur\"")))
                .andExpect(content().string(containsString("sa clé de contrôle doit être juste")))
                .andExpect(content().string(containsString("W suivi de 9 chiffres")))
                .andExpect(content().string(containsString("7 chiffres suivis d&#39;une lettre")))
                .andExpect(content().string(containsString("Le code 99999 ne correspond à aucune commune")))
                .andExpect(content().string(containsString("id=\"communeCode-erreur\"")));
        mvc.perform(post(base(montbeliard) + "/organisations/nouvelle").with(csrf()).with(user(me(pilote)))
                        .param("name", " ").param("kind", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le nom de l&#39;organisation.")))
                .andExpect(content().string(containsString("Choisissez le type d&#39;organisation.")));
    }

    @Test
    void a_lecteur_reads_the_directory_but_cannot_change_it() throws Exception {
        Organisation caf = organisation("Caisse d'allocations familiales du Doubs", OrganisationKind.CAF, "25056", Set.of());
        mvc.perform(get(base(montbeliard)).with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Annuaire")))
                .andExpect(content().string(not(containsString("/organisations/nouvelle"))));
        // Each organisation of the list is placed by the name of its commune, not a code.
        mvc.perform(get(base(montbeliard)).param("q", "allocations familiales doubs").with(user(me(lecteur))))
                .andExpect(content().string(containsString("ms-2\">Besançon (25056)</span>")));
        mvc.perform(get(base(montbeliard) + "/organisations/nouvelle").with(user(me(lecteur))))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(montbeliard) + "/organisations/" + caf.getId() + "/modifier").with(csrf())
                        .with(user(me(lecteur))).param("name", "X").param("kind", "CAF").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(montbeliard) + "/contacts/nouveau").with(csrf()).with(user(me(lecteur)))
                        .param("firstName", "A").param("lastName", "B").param("legalBasis", "MISSION_INTERET_PUBLIC"))
                .andExpect(status().isForbidden());
    }

    @Test
    void consent_as_legal_basis_requires_its_date() throws Exception {
        Organisation asso = organisation("Maison de quartier des Buis", OrganisationKind.ASSOCIATION, "25388", Set.of());
        mvc.perform(post(base(montbeliard) + "/contacts/nouveau").with(csrf()).with(user(me(contributeur)))
                        .param("firstName", "Nadia").param("lastName", "Benali").param("legalBasis", "CONSENTEMENT")
                        .param("organisationId", asso.getId().toString()).param("role", "Directrice"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez la date à laquelle la personne a donné son consentement.")))
                .andExpect(content().string(containsString("id=\"consentDate-erreur\"")));
        mvc.perform(post(base(montbeliard) + "/contacts/nouveau").with(csrf()).with(user(me(contributeur)))
                        .param("firstName", "Nadia").param("lastName", "Benali").param("jobTitle", "Directrice")
                        .param("legalBasis", "CONSENTEMENT").param("consentDate", "2026-03-02")
                        .param("organisationId", asso.getId().toString()).param("role", "Directrice"))
                .andExpect(redirectedUrlPattern(base(montbeliard) + "/contacts/*"))
                .andExpect(flash().attribute("flashSuccess", containsString("Nadia Benali")));
        mvc.perform(get(base(montbeliard) + "/organisations/" + asso.getId()).with(user(me(lecteur))))
                .andExpect(content().string(containsString("Nadia Benali")));
        assertThat(directory.contactsOf(montbeliard.getId(), asso.getId())).singleElement()
                .satisfies(c -> assertThat(c.getConsentDate()).hasToString("2026-03-02"));
    }

    @Test
    void another_workspace_never_sees_contacts_or_notes() throws Exception {
        Organisation asso = organisation("Régie de quartier", OrganisationKind.ASSOCIATION, "25388", Set.of());
        Contact contact = directory.createContact(montbeliard.getId(), new ContactDetails("Marc", "Secret", null,
                null, null, LegalBasis.MISSION_INTERET_PUBLIC, null, null,
                java.util.List.of(new Affiliation(asso.getId(), "Président"))));
        directory.writeNote(montbeliard.getId(), asso.getId(), -1, "Partenaire historique", "Note confidentielle",
                java.util.List.of("gusp"));
        String contactUrl = base(montbeliard) + "/contacts/" + contact.getId();
        for (String url : new String[] {contactUrl, contactUrl + "/modifier", base(montbeliard),
            base(montbeliard) + "/organisations/" + asso.getId()}) {
            mvc.perform(get(url).with(user(me(outsider)))).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Secret"))));
        }
        mvc.perform(post(contactUrl + "/supprimer").with(csrf()).with(user(me(outsider))))
                .andExpect(status().isNotFound());
        // Through his own workspace he sees the organisation, but neither the contact nor the note.
        mvc.perform(get(base(bourges) + "/contacts/" + contact.getId()).with(user(me(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(get(base(bourges) + "/organisations/" + asso.getId()).with(user(me(outsider))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Régie de quartier")))
                .andExpect(content().string(not(containsString("Marc Secret"))))
                .andExpect(content().string(not(containsString("Note confidentielle"))));
        mvc.perform(get(base(bourges)).param("onglet", "contacts").param("q", "secret").with(user(me(outsider))))
                .andExpect(content().string(not(containsString("Marc Secret"))));
        mvc.perform(get(base(montbeliard) + "/organisations/" + asso.getId()).with(user(me(lecteur))))
                .andExpect(content().string(containsString("Note confidentielle")))
                .andExpect(content().string(containsString("Marc Secret")));
    }

    @Test
    void a_contact_is_deleted_after_confirmation() throws Exception {
        Contact contact = directory.createContact(montbeliard.getId(), new ContactDetails("Jean", "Passant", null,
                null, null, LegalBasis.MISSION_INTERET_PUBLIC, null, null, java.util.List.of()));
        mvc.perform(get(base(montbeliard) + "/contacts/" + contact.getId()).with(user(me(pilote))))
                .andExpect(content().string(containsString("data-confirm=\"Supprimer définitivement le contact « Jean Passant » ?\"")));
        mvc.perform(post(base(montbeliard) + "/contacts/" + contact.getId() + "/supprimer").with(csrf())
                        .with(user(me(pilote))))
                .andExpect(redirectedUrl(base(montbeliard) + "?onglet=contacts"));
        mvc.perform(get(base(montbeliard) + "/contacts/" + contact.getId()).with(user(me(pilote))))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_concurrent_edit_of_an_organisation_gets_the_conflict_page() throws Exception {
        Organisation org = organisation("Centre social Escapade", OrganisationKind.ASSOCIATION, "25388", Set.of());
        long version = org.getVersion();
        mvc.perform(post(base(montbeliard) + "/organisations/" + org.getId() + "/modifier").with(csrf())
                        .with(user(me(pilote))).param("name", "Centre social L'Escapade").param("kind", "ASSOCIATION")
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(base(montbeliard) + "/organisations/" + org.getId()));
        mvc.perform(post(base(montbeliard) + "/organisations/" + org.getId() + "/modifier").with(csrf())
                        .with(user(me(contributeur))).param("name", "Autre nom").param("kind", "ASSOCIATION")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Modification concurrente")));
        assertThat(directory.organisation(org.getId()).getName()).isEqualTo("Centre social L'Escapade");
    }

    @Test
    void the_workspace_overview_links_to_its_directory() throws Exception {
        mvc.perform(get("/espaces/" + montbeliard.getId()).with(user(me(lecteur))))
                .andExpect(content().string(containsString("href=\"" + base(montbeliard) + "\"")));
    }

    @Test
    void administrators_keep_the_theme_taxonomy() throws Exception {
        mvc.perform(get("/admin/annuaire/thematiques").with(user(me(admin)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Accès aux droits")));
        mvc.perform(post("/admin/annuaire/thematiques").with(csrf()).with(user(me(admin))).param("label", "Égalité femmes-hommes"))
                .andExpect(flash().attribute("flashSuccess", containsString("Égalité femmes-hommes")));
        assertThat(directory.themes()).extracting(Theme::getCode).contains("egalite-femmes-hommes");
        mvc.perform(get("/admin/annuaire/thematiques").with(user(me(pilote)))).andExpect(status().isForbidden());
    }

}
