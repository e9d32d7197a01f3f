package fr.maillage.agenda;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Scenario 7 of DOMAIN.md end to end: a CRPV prepares a qualification cycle of four sessions,
 * publishes it, people register on the portal, get their confirmation with a calendar file, the
 * cycle fills up, a cancellation promotes the first person waiting.
 */
@Tag("database")
class AgendaFlowsTests extends AgendaTestSupport {

    private static final Pattern CANCEL_LINK = Pattern.compile("/evenements/annulation/([A-Za-z0-9_-]{43})");

    @Test
    void a_pilote_prepares_a_cycle_of_four_sessions_and_publishes_it_on_the_portal() throws Exception {
        String created = mvc.perform(post("/espaces/" + crpv.getId() + "/evenements/nouveau").with(csrf())
                        .with(user(me(pilote)))
                        .param("kind", "CYCLE_QUALIFICATION").param("title", "Cycle de qualification : la participation des habitants")
                        .param("summary", "Quatre demi-journées pour les professionnels")
                        .param("place", "Dijon, Maison des associations").param("audience", "PUBLIC")
                        .param("capacity", "25").param("publics", "PROFESSIONNELS", "ELUS")
                        .param("themeCodes", "participation").param("surveyAnonymous", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", containsString("Ajoutez ses séances")))
                .andReturn().getResponse().getRedirectedUrl();
        String base = created;
        mvc.perform(post(base + "/publier").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashError", containsString("au moins une séance")));
        for (int i = 1; i <= 4; i++) {
            mvc.perform(post(base + "/seances").with(csrf()).with(user(me(pilote)))
                            .param("title", "Séance " + i).param("date", LocalDate.now().plusDays(10L * i).toString())
                            .param("start", "09:30").param("end", "12:30"))
                    .andExpect(redirectedUrl(base + "#seances"));
        }
        mvc.perform(post(base + "/seances").with(csrf()).with(user(me(pilote)))
                        .param("title", "Séance à l'envers").param("date", LocalDate.now().plusDays(3).toString())
                        .param("start", "12:00").param("end", "10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La séance doit finir après avoir commencé.")));
        mvc.perform(post(base + "/publier").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", "L'événement est publié."));

        mvc.perform(get("/evenements"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cycle de qualification : la participation des habitants")))
                .andExpect(content().string(containsString("25 place(s) disponible(s)")));
        mvc.perform(get("/evenements").param("theme", "emploi"))
                .andExpect(content().string(not(containsString("la participation des habitants"))));
        Long id = Long.valueOf(base.substring(base.lastIndexOf('/') + 1));
        mvc.perform(get("/evenements/" + id)).andExpect(redirectedUrlPattern("/evenements/" + id + "-cycle-de-qualification-*"));
        mvc.perform(get(agenda.event(id).publicPath()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Séance 4")))
                .andExpect(content().string(containsString("Je m&#39;inscris")))
                .andExpect(content().string(containsString("class=\"visually-hidden\" aria-hidden=\"true\"")));
        mvc.perform(get("/api/v1/events"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")].sessions.length()").value(4))
                .andExpect(jsonPath("$.content[?(@.id == " + id + ")].seatsLeft").value(25));
    }

    @Test
    void a_person_registers_and_gets_a_confirmation_with_a_calendar_file_and_a_cancel_link() throws Exception {
        Event event = publishedEvent("Journée régionale des conseils citoyens", 30, 2, 20);
        String email = unique("anne.martin");
        register(event, "Anne Martin", email)
                .andExpect(redirectedUrl(event.publicPath() + "/merci"))
                .andExpect(flash().attribute("flashSuccess", containsString("est confirmée")));

        List<MimeMessage> received = mailsTo(email);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(mail.getSubject()).isEqualTo("Inscription confirmée : Journée régionale des conseils citoyens");
        String text = MailParts.text(mail);
        assertThat(text).contains("Bonjour Anne Martin", "Séance 1", "Dijon, Maison des associations");
        assertThat(CANCEL_LINK.matcher(text).find()).isTrue();
        List<BodyPart> attachments = MailParts.attachments(mail);
        assertThat(attachments).singleElement().satisfies(a -> assertThat(a.getFileName()).endsWith(".ics"));
        Calendar calendar = new CalendarBuilder().build(MailParts.open(attachments.get(0)));
        List<VEvent> vevents = calendar.getComponents("VEVENT");
        assertThat(vevents).hasSize(2);
        assertThat(vevents.get(0).getSummary().getValue()).contains("Journée régionale des conseils citoyens");
        assertThat(vevents.get(0).getLocation().getValue()).isEqualTo("Dijon, Maison des associations");
        assertThat(vevents.get(0).getUid().orElseThrow().getValue()).isNotEqualTo(vevents.get(1).getUid().orElseThrow().getValue());

        register(event, "Anne Martin", email.toUpperCase())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("est déjà inscrite à « Journée régionale des conseils citoyens »")))
                .andExpect(content().string(containsString("id=\"email-erreur\"")));
        assertThat(registrationRepository.countByEventIdAndStatus(event.getId(), RegistrationStatus.CONFIRMED))
                .isEqualTo(1);
    }

    @Test
    void beyond_capacity_people_wait_and_a_cancellation_promotes_the_first_of_them() throws Exception {
        Event event = publishedEvent("Atelier : écrire une fiche d'expérience", 2, 1, 15);
        String first = unique("premier");
        String second = unique("deuxieme");
        String third = unique("troisieme");
        String fourth = unique("quatrieme");
        register(event, "Premier Inscrit", first);
        register(event, "Deuxième Inscrite", second);
        register(event, "Troisième Personne", third)
                .andExpect(flash().attribute("flashSuccess", containsString("liste d'attente, en position 1")));
        register(event, "Quatrième Personne", fourth)
                .andExpect(flash().attribute("flashSuccess", containsString("en position 2")));
        assertThat(mailsTo(third)).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Liste d'attente"));

        String cancel = cancelLink(mailsTo(second).get(0));
        mvc.perform(get(cancel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Oui, annuler mon inscription")));
        mvc.perform(post(cancel).with(csrf()))
                .andExpect(redirectedUrl(event.publicPath()))
                .andExpect(flash().attribute("flashSuccess", containsString("est annulée")));

        List<MimeMessage> toThird = mailsTo(third);
        assertThat(toThird).hasSize(2);
        assertThat(toThird.get(1).getSubject()).isEqualTo("Une place s'est libérée : Atelier : écrire une fiche d'expérience");
        assertThat(MailParts.attachments(toThird.get(1))).hasSize(1);
        assertThat(mailsTo(fourth)).hasSize(1);
        assertThat(registrationRepository.countByEventIdAndStatus(event.getId(), RegistrationStatus.CONFIRMED)).isEqualTo(2);
        assertThat(registrationRepository.countByEventIdAndStatus(event.getId(), RegistrationStatus.WAITING)).isEqualTo(1);
        mvc.perform(post(cancel).with(csrf()))
                .andExpect(flash().attribute("flashError", "Cette inscription est déjà annulée."));
        // The promoted person's new link works, the one of the waiting-list e-mail no longer does.
        mvc.perform(get(cancelLink(toThird.get(0)))).andExpect(status().isNotFound());
        mvc.perform(get(cancelLink(toThird.get(1)))).andExpect(status().isOk());
    }

    @Test
    void bad_registrations_get_french_errors_and_robots_are_ignored() throws Exception {
        Event event = publishedEvent("Webinaire : la gestion urbaine de proximité", 10, 1, 5);
        mvc.perform(post("/evenements/" + event.getId() + "/inscription").with(csrf())
                        .param("fullName", " ").param("email", "pas-une-adresse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez votre nom et votre prénom.")))
                .andExpect(content().string(containsString("Cette adresse e-mail n&#39;est pas valide")))
                .andExpect(content().string(containsString("Cochez la case pour accepter")))
                .andExpect(content().string(containsString("id=\"resume-erreurs\"")));
        String robot = unique("robot");
        mvc.perform(post("/evenements/" + event.getId() + "/inscription").with(csrf())
                        .param("fullName", "Robot").param("email", robot).param("consent", "true")
                        .param("website", "http://spam.example"))
                .andExpect(redirectedUrl(event.publicPath() + "/merci"));
        assertThat(registrationRepository.countByEventIdAndStatus(event.getId(), RegistrationStatus.CONFIRMED)).isZero();
        assertThat(mailsTo(robot)).isEmpty();
    }

    @Test
    void drafts_and_restricted_events_stay_off_the_portal() throws Exception {
        Event draft = agenda.create(crpv.getId(), new EventDetails(EventKind.ATELIER, "Atelier en préparation", null,
                null, "Besançon", null, Audience.PUBLIC, 10, null, java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), true));
        mvc.perform(get(draft.publicPath())).andExpect(status().isNotFound());
        Event restricted = agenda.create(crpv.getId(), new EventDetails(EventKind.VISITE, "Visite réservée", null,
                null, "Dole", null, Audience.RESTRICTED, 10, null, java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), true));
        agenda.addSession(restricted.getId(), "Visite", java.time.LocalDateTime.now().plusDays(9),
                java.time.LocalDateTime.now().plusDays(9).plusHours(2), null);
        agenda.publish(restricted.getId());
        Event loaded = agenda.event(restricted.getId());
        mvc.perform(get(loaded.publicPath())).andExpect(status().isNotFound());
        mvc.perform(get(loaded.publicPath()).with(user(me(outsider)))).andExpect(status().isNotFound());
        mvc.perform(get(loaded.publicPath()).with(user(me(lecteur)))).andExpect(status().isOk());
        mvc.perform(get("/evenements")).andExpect(content().string(not(containsString("Visite réservée"))));
    }

    ResultActions register(Event event, String name, String email) throws Exception {
        return mvc.perform(post("/evenements/" + event.getId() + "/inscription").with(csrf())
                .param("fullName", name).param("email", email).param("organisation", "Association Les Bons Voisins")
                .param("function", "Animatrice").param("publicKind", "ASSOCIATIONS").param("consent", "true")
                .param("website", ""));
    }

    static String cancelLink(MimeMessage mail) throws Exception {
        Matcher matcher = CANCEL_LINK.matcher(MailParts.text(mail));
        assertThat(matcher.find()).isTrue();
        return matcher.group();
    }
}
