package fr.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.shared.AuditEntries;
import fr.maillage.shared.AuditEntry;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Organisations entered twice: found by name within a commune, shown side by side to pilotes, and
 * merged without losing any workspace's contacts, notes or timeline.
 */
@Tag("database")
class DirectoryDuplicatesTests extends DirectoryTestSupport {

    @Autowired
    Organisations organisationRepository;

    @Autowired
    AuditEntries audit;

    @Test
    void names_are_compared_on_their_significant_words() {
        assertThat(DirectoryDuplicates.similarity(DirectoryDuplicates.words("Association Les Petits Débrouillards"),
                DirectoryDuplicates.words("Petits debrouillards"))).isEqualTo(1.0);
        assertThat(DirectoryDuplicates.similarity(DirectoryDuplicates.words("Centre social des Buis"),
                DirectoryDuplicates.words("Maison de quartier des Buis"))).isLessThan(0.6);
    }

    @Test
    void prefix_filtering_finds_exactly_the_pairs_a_full_comparison_finds() {
        String[] vocabulary = {"centre", "social", "maison", "quartier", "jeunes", "sport", "club", "football",
            "parents", "ecole", "amis", "nord", "sud", "buis", "petite", "hollande", "culture", "loisirs", "emploi",
            "insertion", "solidarite", "femmes", "relais"};
        java.util.Random random = new java.util.Random(7);
        List<DirectoryDuplicates.Named> names = new java.util.ArrayList<>();
        for (long id = 1; id <= 400; id++) {
            Set<String> words = new java.util.HashSet<>();
            int size = 1 + random.nextInt(5);
            while (words.size() < size) {
                words.add(vocabulary[random.nextInt(vocabulary.length)]);
            }
            names.add(new DirectoryDuplicates.Named(id, words));
        }
        java.util.Map<String, DirectoryDuplicates.Candidate> fast = new java.util.HashMap<>();
        DirectoryDuplicates.similarNames(names, fast);
        Set<String> expected = new java.util.HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (DirectoryDuplicates.similarity(names.get(i).words(), names.get(j).words()) >= 0.6) {
                    expected.add(names.get(i).id() + "-" + names.get(j).id());
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(fast.keySet()).isEqualTo(expected);
    }

    @Test
    void a_pair_declared_distinct_is_no_longer_proposed() throws Exception {
        Organisation one = organisation("Club de lecture des Buis distincts", OrganisationKind.ASSOCIATION, "25388",
                Set.of());
        Organisation other = organisation("Club lecture Buis distincts", OrganisationKind.ASSOCIATION, "25388",
                Set.of());
        mvc.perform(get(base(montbeliard) + "/doublons").with(user(me(pilote))))
                .andExpect(content().string(containsString("Club lecture Buis distincts")));
        mvc.perform(post(base(montbeliard) + "/doublons/distincts").with(csrf()).with(user(me(contributeur)))
                .param("first", one.getId().toString()).param("second", other.getId().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(montbeliard) + "/doublons/distincts").with(csrf()).with(user(me(pilote)))
                .param("first", other.getId().toString()).param("second", one.getId().toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base(montbeliard) + "/doublons").with(user(me(pilote))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Club lecture Buis distincts"))));
    }

    @Test
    void a_pilote_merges_a_duplicate_and_every_link_follows_the_kept_organisation() throws Exception {
        String rna = "W" + (100000000 + ThreadLocalRandom.current().nextInt(899999999));
        Organisation kept = organisation("Association Les Fusionneurs Réunis", OrganisationKind.ASSOCIATION, "25388",
                Set.of("sport"));
        Organisation removed = directory.createOrganisation(new OrganisationDetails("Fusionneurs réunis", null,
                OrganisationKind.ASSOCIATION, null, rna, null, null, null, "25388", Set.of(), Set.of("culture"), null,
                null, "contact@fusionneurs.example"));
        Contact here = directory.createContact(montbeliard.getId(), new ContactDetails("Awa", "Fusion", null, null,
                null, LegalBasis.MISSION_INTERET_PUBLIC, null, null, List.of(new Affiliation(removed.getId(), "Trésorière"))));
        Contact there = directory.createContact(bourges.getId(), new ContactDetails("Bea", "Fusion", null, null, null,
                LegalBasis.MISSION_INTERET_PUBLIC, null, null,
                List.of(new Affiliation(removed.getId(), null), new Affiliation(kept.getId(), "Présidente"))));
        directory.writeNote(montbeliard.getId(), removed.getId(), 0, "Partenaire du PRE", null, List.of("pre"));
        directory.writeNote(bourges.getId(), kept.getId(), 0, null, "Très active", List.of("cite"));
        directory.writeNote(bourges.getId(), removed.getId(), 0, null, "Ancienne fiche", List.of("ancien"));

        mvc.perform(get(base(montbeliard) + "/doublons").with(user(me(pilote)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Association Les Fusionneurs Réunis")))
                .andExpect(content().string(containsString("nom semblable dans la même commune")));
        mvc.perform(get(base(montbeliard) + "/doublons").with(user(me(contributeur)))).andExpect(status().isForbidden());
        mvc.perform(post(base(montbeliard) + "/doublons/fusion").with(csrf()).with(user(me(contributeur)))
                .param("keep", kept.getId().toString()).param("remove", removed.getId().toString()))
                .andExpect(status().isForbidden());

        // Bourges relies on both records: its pilote's colleague in Montbéliard may not merge them alone.
        mvc.perform(post(base(montbeliard) + "/doublons/fusion").with(csrf()).with(user(me(pilote)))
                        .param("keep", kept.getId().toString()).param("remove", removed.getId().toString()))
                .andExpect(flash().attribute("flashError", containsString("seul un administrateur")));
        assertThat(organisationRepository.findById(removed.getId())).isPresent();
        mvc.perform(post(base(montbeliard) + "/doublons/fusion").with(csrf()).with(user(me(admin)))
                        .param("keep", kept.getId().toString()).param("remove", removed.getId().toString()))
                .andExpect(flash().attribute("flashSuccess", containsString("Association Les Fusionneurs Réunis")));

        assertThat(organisationRepository.findById(removed.getId())).isEmpty();
        Organisation merged = directory.organisation(kept.getId());
        assertThat(merged.getRna()).isEqualTo(rna);
        assertThat(merged.getEmail()).isEqualTo("contact@fusionneurs.example");
        assertThat(merged.getThemeCodes()).containsExactly("culture", "sport");
        assertThat(directory.contact(montbeliard.getId(), here.getId()).getAffiliations())
                .containsExactly(new Affiliation(kept.getId(), "Trésorière"));
        assertThat(directory.contact(bourges.getId(), there.getId()).getAffiliations())
                .containsExactly(new Affiliation(kept.getId(), "Présidente"));
        assertThat(directory.note(montbeliard.getId(), kept.getId()).orElseThrow().getTags()).containsExactly("pre");
        OrganisationNote bourgesNote = directory.note(bourges.getId(), kept.getId()).orElseThrow();
        assertThat(bourgesNote.getTags()).containsExactly("ancien", "cite");
        assertThat(bourgesNote.getNotes()).contains("Très active").contains("Ancienne fiche");
        assertThat(directory.timeline(kept.getId(), montbeliard.getId())).extracting(TimelineEvent::getLabel)
                .contains("Fiche « Fusionneurs réunis » fusionnée dans celle-ci", "Fiche de l'organisation créée");
        assertThat(audit.findByEntityTypeAndEntityIdOrderByIdAsc("Organisation", removed.getId().toString()))
                .extracting(AuditEntry::getAction).contains(AuditEntry.Action.DELETE);
    }
}
