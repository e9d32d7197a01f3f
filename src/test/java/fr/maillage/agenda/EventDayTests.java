package fr.maillage.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The day of the event and after: attendance on a tablet, a walk-in, the printed sign-in sheet,
 * certificates, the survey e-mailed to attendees and its results, the figures and their export,
 * and the participation on the organisation's timeline.
 */
@Tag("database")
class EventDayTests extends AgendaTestSupport {

    private static final Pattern SURVEY_LINK = Pattern.compile("/evenements/questionnaire/([A-Za-z0-9_-]{43})");

    @Autowired
    DirectoryManagement directory;

    @Autowired
    EventAttendance attendance;

    @Test
    void attendance_survey_certificates_and_figures_of_a_cycle() throws Exception {
        Organisation association = directory.createOrganisation(new OrganisationDetails("Régie de quartier du Grand Dijon",
                null, OrganisationKind.ASSOCIATION, null, null, null, null, null, "21231", Set.of(), Set.of(), null,
                null, null));
        Event event = publishedEvent("Cycle : conduire un diagnostic en marchant", 10, 2, 12);
        List<EventSession> sessions = agenda.sessions(event.getId());
        String alice = unique("alice");
        String bruno = unique("bruno");
        RegistrationOutcome a = registrations.register(event.getId(), new RegistrationDetails("Alice Durand",
                // Typed without accents and with a double space: still the directory's organisation.
                "regie de quartier du  grand dijon", alice, "Coordinatrice", TargetPublic.ASSOCIATIONS, "Accès en fauteuil"));
        RegistrationOutcome b = registrations.register(event.getId(), person("Bruno Petit", bruno));
        String base = "/espaces/" + crpv.getId() + "/evenements/" + event.getId();
        String sheet = base + "/seances/" + sessions.get(0).getId() + "/presence";

        mvc.perform(get(sheet).with(user(me(contributeur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alice Durand")))
                .andExpect(content().string(containsString("hx-post")));
        mvc.perform(post(sheet + "/" + a.registrationId()).with(csrf()).with(user(me(contributeur)))
                        .header("HX-Request", "true").param("present", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-pressed=\"true\"")))
                .andExpect(content().string(containsString("Présent")));
        mvc.perform(post(base + "/seances/" + sessions.get(1).getId() + "/presence/" + a.registrationId()).with(csrf())
                .with(user(me(contributeur))).param("present", "true"));
        mvc.perform(post(base + "/sur-place").with(csrf()).with(user(me(contributeur)))
                        .param("fullName", "Chantal Sansinscription").param("organisation", "Mairie de Dijon"))
                .andExpect(flash().attribute("flashSuccess", containsString("Chantal Sansinscription")));
        Registration walkIn = registrationRepository.findByEventIdAndStatusOrderByFullNameAscIdAsc(event.getId(),
                RegistrationStatus.CONFIRMED).stream().filter(Registration::isWalkIn).findFirst().orElseThrow();
        attendance.mark(event.getId(), sessions.get(0).getId(), walkIn.getId(), true);
        mvc.perform(get(sheet).with(user(me(lecteur)))).andExpect(status().isForbidden());

        byte[] signIn = mvc.perform(get(base + "/seances/" + sessions.get(0).getId() + "/emargement.pdf")
                .with(user(me(contributeur)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(signIn)).contains("Feuille d'émargement", "Alice Durand", "Bruno Petit",
                "Chantal Sansinscription", "Signature");
        byte[] certificates = mvc.perform(get(base + "/attestations.pdf").with(user(me(pilote))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(certificates)) {
            assertThat(document.getNumberOfPages()).as("one certificate per attendee").isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Attestation de présence", "Alice Durand", "Séance 2", "Durée totale : 6 h");
        }

        mvc.perform(post(base + "/questionnaire/envoyer").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashError", containsString("au moins une question")));
        mvc.perform(post(base + "/questionnaire/questions").with(csrf()).with(user(me(pilote)))
                .param("kind", "SCALE").param("label", "Êtes-vous satisfait du cycle ?"));
        mvc.perform(post(base + "/questionnaire/questions").with(csrf()).with(user(me(pilote)))
                        .param("kind", "CHOICE").param("label", "Comment avez-vous connu le cycle ?").param("choices", "Un collègue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("au moins deux choix")));
        mvc.perform(post(base + "/questionnaire/questions").with(csrf()).with(user(me(pilote)))
                .param("kind", "CHOICE").param("label", "Comment avez-vous connu le cycle ?")
                .param("choices", "Un collègue\nLa lettre d'information\nLe site"));
        mvc.perform(post(base + "/questionnaire/questions").with(csrf()).with(user(me(pilote)))
                .param("kind", "TEXT").param("label", "Que faudrait-il améliorer ?"));
        mvc.perform(post(base + "/questionnaire/envoyer").with(csrf()).with(user(me(contributeur))))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/questionnaire/envoyer").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", containsString("1 participant")));
        assertThat(mailsTo(bruno)).hasSize(1);
        MimeMessage survey = mailsTo(alice).get(1);
        assertThat(survey.getSubject()).isEqualTo("Votre avis sur « Cycle : conduire un diagnostic en marchant »");
        Matcher link = SURVEY_LINK.matcher(MailParts.text(survey));
        assertThat(link.find()).isTrue();
        List<SurveyQuestion> questions = applicationSurveys.questions(event.getId());
        mvc.perform(get(link.group())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Êtes-vous satisfait du cycle ?")));
        mvc.perform(post(link.group()).with(csrf()).param("q" + questions.get(0).getId(), "4")
                        .param("q" + questions.get(1).getId(), "La lettre d'information")
                        .param("q" + questions.get(2).getId(), "Plus de temps d'échange"))
                .andExpect(flash().attribute("flashSuccess", "Merci pour vos réponses !"));
        mvc.perform(get(link.group())).andExpect(content().string(containsString("Vous avez déjà répondu")));
        mvc.perform(get(base + "/questionnaire").with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Résultats (1 réponse(s))")))
                .andExpect(content().string(containsString("Moyenne : 4,0 sur 5")))
                .andExpect(content().string(containsString("Plus de temps d&#39;échange")))
                .andExpect(content().string(containsString("<svg")));

        mvc.perform(get(base + "/statistiques").with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("66,7 %")))
                .andExpect(content().string(containsString("Régie de quartier du Grand Dijon")));
        org.springframework.test.web.servlet.MvcResult started = mvc.perform(get(base + "/statistiques.xlsx")
                .with(user(me(lecteur)))).andReturn();
        byte[] xlsx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(started))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(sharedStrings(xlsx)).contains("Taux de présence", "Présents : Séance 1", "Public : Associations",
                "EPCI : Dijon Métropole (242100410)", "<v>66.7</v>");
        mvc.perform(get("/espaces/" + crpv.getId() + "/evenements/bilan").with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cycle : conduire un diagnostic en marchant")));

        assertThat(directory.timeline(association.getId(), crpv.getId()))
                .anySatisfy(e -> assertThat(e.getLabel()).contains("Alice Durand", "conduire un diagnostic"));
        assertThat(b.confirmed()).isTrue();
    }

    @Autowired
    EventSurveys applicationSurveys;

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String sharedStrings(byte[] xlsx) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("agenda", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            StringBuilder text = new StringBuilder();
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/")) {
                        text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            return org.springframework.web.util.HtmlUtils.htmlUnescape(text.toString());
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
