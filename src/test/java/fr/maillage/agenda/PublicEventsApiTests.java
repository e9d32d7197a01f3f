package fr.maillage.agenda;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * The public events as open data without a token, while the rest of the API stays behind tokens;
 * the public home page lists the next events.
 */
class PublicEventsApiTests extends AgendaTestSupport {

    @Test
    void anyone_reads_the_upcoming_public_events_without_a_token() throws Exception {
        Event event = publishedEvent("Webinaire : les nouveaux contrats de ville", 40, 1, 8);
        mvc.perform(get("/api/v1/events").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + event.getId() + ")].title")
                        .value("Webinaire : les nouveaux contrats de ville"))
                .andExpect(jsonPath("$.content[?(@.id == " + event.getId() + ")].url")
                        .value(org.hamcrest.Matchers.hasItem(containsString(event.publicPath()))))
                .andExpect(jsonPath("$.content[?(@.id == " + event.getId() + ")].themes[0]").value(org.hamcrest.Matchers.hasItem("participation")))
                .andExpect(content().string(not(containsString("email"))));
        mvc.perform(get("/api/v1/events").param("kind", "VISITE"))
                .andExpect(content().string(not(containsString("les nouveaux contrats de ville"))));
        mvc.perform(post("/api/v1/events")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Prochains événements")))
                .andExpect(content().string(containsString(event.publicPath())));
    }
}
