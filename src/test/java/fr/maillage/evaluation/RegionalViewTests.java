package fr.maillage.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.UserAccount;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The regional view of a centre de ressources: aggregates of the library indicators of the
 * workspaces that chose to share, by year; nothing of those that did not.
 */
@Tag("database")
class RegionalViewTests extends EvaluationTestSupport {

    @Test
    void only_sharing_workspaces_are_aggregated_and_never_shown_one_by_one() throws Exception {
        Workspace second = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Maubeuge", null, null, null);
        Workspace secret = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative discrète", null, null, null);
        Workspace centre = workspaces.create(WorkspaceType.CENTRE_RESSOURCES, "Centre de ressources Hauts-de-France",
                null, null, null);
        UserAccount crpv = users.create("Rémi Ressources", false);
        workspaces.addMember(centre.getId(), crpv.getId(), WorkspaceRole.LECTEUR);
        record(cite, "420");
        record(second, "180");
        record(secret, "9999");
        mvc.perform(post(base(cite) + "/partage").with(csrf()).with(user(me(pilote))).param("partager", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base(second) + "/partage").with(csrf()).with(user(me(admin))).param("partager", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base(cite) + "/partage").with(csrf()).with(user(me(lecteur))).param("partager", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base(centre) + "/regional").with(user(me(crpv))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enfants et jeunes touchés par les actions")))
                .andExpect(content().string(containsString("Total : 600")))
                .andExpect(content().string(containsString("Moyenne : 300")))
                .andExpect(content().string(not(containsString("9999"))))
                .andExpect(content().string(not(containsString("Cité éducative de Maubeuge"))));
        mvc.perform(get(base(cite) + "/regional").with(user(me(pilote)))).andExpect(status().isNotFound());
        mvc.perform(get(base(centre) + "/regional").with(user(me(pilote)))).andExpect(status().isNotFound());
    }

    private void record(Workspace workspace, String value) {
        evaluation.addFromLibrary(workspace.getId(), List.of("ce-enfants-touches"));
        Indicator indicator = evaluation.allIndicators(workspace.getId()).stream()
                .filter(i -> "ce-enfants-touches".equals(i.getCode())).findFirst().orElseThrow();
        evaluation.record(workspace.getId(), indicator.getId(), "2025-2026", Map.of(Breakdown.WHOLE, new BigDecimal(value)),
                null, null, false);
        assertThat(indicator.getCode()).isEqualTo("ce-enfants-touches");
    }
}
