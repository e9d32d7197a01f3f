package fr.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.shared.NotFoundException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Organisations are shared by every workspace: a pilote of one workspace changes or merges alone
 * only what no other workspace relies on; what another workspace's records point to is left to a
 * platform administrator.
 */
@Tag("database")
class SharedOrganisationsTests extends DirectoryTestSupport {

    @Autowired
    OrganisationUsage usage;

    @Test
    void a_pilote_cannot_rename_an_organisation_another_workspace_relies_on() throws Exception {
        Organisation theirs = organisation("Maison de quartier Bourges Nord " + System.nanoTime(),
                OrganisationKind.ASSOCIATION, null, Set.of());
        directory.createContact(bourges.getId(), contactOf(theirs));
        assertThat(usage.workspacesRelyingOn(theirs.getId())).containsExactly(bourges.getId());

        mvc.perform(rename(montbeliard, theirs, "Vandalisée").with(user(me(pilote))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("seul un administrateur de la plateforme")));
        assertThat(directory.organisation(theirs.getId()).getName()).isEqualTo(theirs.getName());

        mvc.perform(rename(montbeliard, theirs, "Maison de quartier Bourges").with(user(me(admin))))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.organisation(theirs.getId()).getName()).isEqualTo("Maison de quartier Bourges");
    }

    @Test
    void a_pilote_changes_alone_what_only_his_workspace_uses() throws Exception {
        Organisation ours = organisation("Régie de quartier " + System.nanoTime(), OrganisationKind.ASSOCIATION, null,
                Set.of());
        directory.createContact(montbeliard.getId(), contactOf(ours));
        mvc.perform(rename(montbeliard, ours, "Régie de quartier des Buis").with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.organisation(ours.getId()).getName()).isEqualTo("Régie de quartier des Buis");
    }

    @Test
    void a_pilote_cannot_merge_into_his_own_an_organisation_another_workspace_relies_on() throws Exception {
        Organisation ours = organisation("Centre social " + System.nanoTime(), OrganisationKind.ASSOCIATION, null,
                Set.of());
        Organisation theirs = organisation("Centre social (Bourges) " + System.nanoTime(),
                OrganisationKind.ASSOCIATION, null, Set.of());
        Contact theirContact = directory.createContact(bourges.getId(), contactOf(theirs));

        mvc.perform(post(base(montbeliard) + "/doublons/fusion").with(csrf()).with(user(me(pilote)))
                .param("keep", ours.getId().toString()).param("remove", theirs.getId().toString()))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(directory.organisation(theirs.getId()).getName()).isEqualTo(theirs.getName());
        assertThat(directory.contact(bourges.getId(), theirContact.getId()).getAffiliations())
                .extracting(Affiliation::organisationId).containsExactly(theirs.getId());

        mvc.perform(post(base(montbeliard) + "/doublons/fusion").with(csrf()).with(user(me(admin)))
                .param("keep", ours.getId().toString()).param("remove", theirs.getId().toString()))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThatThrownBy(() -> directory.organisation(theirs.getId())).isInstanceOf(NotFoundException.class);
        assertThat(directory.contact(bourges.getId(), theirContact.getId()).getAffiliations())
                .extracting(Affiliation::organisationId).containsExactly(ours.getId());
    }

    @Test
    void the_api_refuses_a_change_of_an_organisation_another_workspace_relies_on() throws Exception {
        Organisation theirs = organisation("Association Bourges " + System.nanoTime(), OrganisationKind.ASSOCIATION,
                null, Set.of());
        directory.createContact(bourges.getId(), contactOf(theirs));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/organisations/" + theirs.getId()).header("Authorization", bearer(pilote))
                .contentType("application/json")
                .content("{\"name\":\"Vandalisée\",\"kind\":\"ASSOCIATION\",\"version\":" + theirs.getVersion() + "}"))
                .andExpect(status().is4xxClientError());
        assertThat(directory.organisation(theirs.getId()).getName()).isEqualTo(theirs.getName());
    }

    private MockHttpServletRequestBuilder rename(fr.maillage.workspace.Workspace workspace, Organisation organisation,
            String name) {
        return post(base(workspace) + "/organisations/" + organisation.getId() + "/modifier").with(csrf())
                .param("name", name).param("kind", "ASSOCIATION")
                .param("version", String.valueOf(directory.organisation(organisation.getId()).getVersion()));
    }

    private static ContactDetails contactOf(Organisation organisation) {
        return new ContactDetails("Inès", "Martin", null, "ines.martin." + System.nanoTime() + "@example.org", null,
                LegalBasis.MISSION_INTERET_PUBLIC, null, null,
                List.of(new Affiliation(organisation.getId(), "Directrice")));
    }
}
