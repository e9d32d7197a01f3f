package fr.maillage.governance;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The governance API: the same reading rights as the pages, follow-ups updated by their owner,
 * and nothing of another workspace.
 */
@Tag("database")
class GovernanceApiTests extends GovernanceTestSupport {

    @Test
    void members_read_bodies_meetings_decisions_and_follow_ups() throws Exception {
        Body body = copil(montbeliard, 2);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 3, 12, 9, 30));
        governance.addItem(montbeliard.getId(), meeting.getId(), "Programmation 2027", null, 30);
        hold.recordDecision(montbeliard.getId(), meeting.getId(), new DecisionDetails(null, "Programmation validée",
                null, DecisionStatus.ADOPTEE, false, List.of()));
        FollowUp followUp = hold.recordFollowUp(montbeliard.getId(), meeting.getId(), null, "Notifier les porteurs",
                null, contributeur.getId(), LocalDate.of(2027, 4, 1));
        String api = "/api/v1/workspaces/" + montbeliard.getId();
        String token = bearer(lecteur);
        mvc.perform(get(api + "/bodies").header("Authorization", token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name", is("Comité de pilotage")))
                .andExpect(jsonPath("$.items[0].code", is("COPIL")));
        mvc.perform(get(api + "/bodies/" + body.getId()).header("Authorization", token))
                .andExpect(jsonPath("$.members", hasSize(2)));
        mvc.perform(get(api + "/meetings").param("bodyId", body.getId().toString()).header("Authorization", token))
                .andExpect(jsonPath("$.items[0].title", is("COPIL de printemps")));
        mvc.perform(get(api + "/meetings/" + meeting.getId()).header("Authorization", token))
                .andExpect(jsonPath("$.agenda[0].title", is("Programmation 2027")));
        mvc.perform(get(api + "/decisions").param("year", "2027").header("Authorization", token))
                .andExpect(jsonPath("$.items[0].number", is("COPIL-2027-01")));
        mvc.perform(get(api + "/follow-ups").param("mine", "true").header("Authorization", bearer(contributeur)))
                .andExpect(jsonPath("$.items[0].title", is("Notifier les porteurs")));
        mvc.perform(put(api + "/follow-ups/" + followUp.getId() + "/status").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"FAITE\",\"version\":0}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(api + "/follow-ups/" + followUp.getId() + "/status").header("Authorization", bearer(contributeur))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"EN_COURS\",\"note\":\"Courriers partis\",\"version\":" + followUp.getVersion() + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("EN_COURS")));
        mvc.perform(put(api + "/follow-ups/" + followUp.getId() + "/status").header("Authorization", bearer(contributeur))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"FAITE\",\"version\":" + followUp.getVersion() + "}"))
                .andExpect(status().isConflict());
    }

    @Test
    void another_workspace_gets_nothing_through_the_api() throws Exception {
        Body body = copil(montbeliard, 1);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 3, 12, 9, 30));
        String api = "/api/v1/workspaces/" + montbeliard.getId();
        String token = bearer(outsider);
        for (String url : List.of(api + "/bodies", api + "/bodies/" + body.getId(), api + "/meetings",
                api + "/meetings/" + meeting.getId(), api + "/decisions", api + "/follow-ups")) {
            mvc.perform(get(url).header("Authorization", token)).andExpect(status().isNotFound());
        }
        String other = "/api/v1/workspaces/" + bourges.getId();
        mvc.perform(get(other + "/bodies/" + body.getId()).header("Authorization", token)).andExpect(status().isNotFound());
        mvc.perform(get(other + "/meetings/" + meeting.getId()).header("Authorization", token)).andExpect(status().isNotFound());
        mvc.perform(get(api + "/bodies")).andExpect(status().isUnauthorized());
    }
}
