package fr.maillage.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.directory.Organisation;
import fr.maillage.directory.TimelineEvent;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.testing.TestInfrastructure;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import fr.maillage.shared.files.FileStore;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * Scenario 5 with its mails: the troïka is convened by e-mail with an iCalendar invitation and a
 * personal answer link, members answer without logging in, calendars subscribe to the body's
 * feed, the minutes are published as a PDF, corrected as a new version and sent, and overdue
 * follow-ups are reminded.
 */
@Tag("database")
class ConveningAndMinutesTests extends GovernanceTestSupport {

    private static final Pattern ANSWER_LINK = Pattern.compile("http://localhost:8080(/portail/convocations/[A-Za-z0-9_-]+)");

    @Autowired
    MailOutbox outbox;

    @Autowired
    ConveneMeeting convening;

    @Autowired
    PublishMinutes publish;

    @Autowired
    FollowUpReminders reminders;

    @Autowired
    ApplicationEvents events;

    @Autowired
    FileStore files;

    @Test
    void members_are_convened_with_an_icalendar_invitation_and_answer_through_their_own_link() throws Exception {
        Body body = troika(3);
        Organisation noAddress = organisation("Rectorat sans adresse " + System.nanoTime(), null);
        governance.addMember(montbeliard.getId(), body.getId(),
                new MemberDetails(noAddress.getId(), null, null, MemberFunction.MEMBRE, null, null, null, true));
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 3, 12, 9, 30));
        governance.addItem(montbeliard.getId(), meeting.getId(), "Répartition de l’enveloppe", "Le délégué du préfet", 30);
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId();
        mvc.perform(post(page + "/convoquer").with(csrf()).with(user(me(contributeur)))).andExpect(status().isForbidden());
        mvc.perform(post(page + "/convoquer").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", containsString("3 convocations")))
                .andExpect(flash().attribute("flashError", containsString("Rectorat sans adresse")));
        mvc.perform(get(page).with(user(me(pilote))))
                .andExpect(content().string(containsString("Courriels : 3 en attente, 0 envoyés, 0 en échec.")));
        outbox.flush();
        List<MimeMessage> mails = mailsTo(body);
        assertThat(mails).hasSize(3);
        MimeMessage first = mails.get(0);
        assertThat(first.getSubject()).startsWith("Convocation : Troïka de la cité éducative");
        String text = textOf(first);
        assertThat(text).contains("Répartition de l’enveloppe (Le délégué du préfet)").contains("vendredi 12 mars 2027");
        Calendar ics = new CalendarBuilder().build(new StringReader(icsOf(first)));
        assertThat(ics.getProperty(Property.METHOD).map(Property::getValue)).hasValue("REQUEST");
        VEvent event = (VEvent) ics.getComponents("VEVENT").get(0);
        assertThat(event.getProperty(Property.UID).map(Property::getValue)).hasValue("meeting-" + meeting.getId() + "@maillage");
        assertThat(event.getProperty(Property.SEQUENCE).map(Property::getValue)).hasValue("0");
        assertThat(event.getProperty(Property.DTSTART).map(Property::getValue)).hasValue("20270312T083000Z");
        assertThat(event.getProperty(Property.ATTENDEE).map(Property::getValue).orElseThrow())
                .isEqualTo("mailto:" + first.getAllRecipients()[0].toString());
        assertThat(ics.validate().hasErrors()).isFalse();

        String link = link(text);
        mvc.perform(get(link)).andExpect(status().isOk())
                .andExpect(content().string(containsString("COPIL de printemps")))
                .andExpect(content().string(containsString("Répartition de l’enveloppe")))
                .andExpect(content().string(not(containsString(mails.get(1).getAllRecipients()[0].toString()))));
        mvc.perform(post(link).with(csrf()).param("answer", "REPRESENTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le nom de la personne qui vous représente.")));
        mvc.perform(post(link).with(csrf()).param("answer", "REPRESENTED").param("representedBy", "M. Leroy, adjoint"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(link(textOf(mails.get(1)))).with(csrf()).param("answer", "PRESENT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(user(me(lecteur))))
                .andExpect(content().string(containsString("(représenté(e) par M. Leroy, adjoint)")));
        mvc.perform(get("/portail/convocations/" + "x".repeat(43))).andExpect(status().isNotFound());

        // Attendance starts from the answers; the quorum (half of 4 voters) is reached.
        assertThat(hold.attendance(montbeliard.getId(), meeting.getId()))
                .extracting(Attendance::getStatus).containsOnly(AttendanceStatus.REPRESENTED, AttendanceStatus.PRESENT,
                        AttendanceStatus.ABSENT);
        assertThat(hold.quorum(montbeliard.getId(), meeting.getId()).reached()).isTrue();

        // Reminders go to the one who has not answered, with a new link; his first one no longer works.
        String silent = link(textOf(mails.get(2)));
        mvc.perform(post(page + "/relancer").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", containsString("1 relances")));
        outbox.flush();
        mvc.perform(get(silent)).andExpect(status().isNotFound());
        List<MimeMessage> reminders = mailsTo(body).stream().filter(m -> subject(m).startsWith("Rappel")).toList();
        assertThat(reminders).singleElement();
        String newLink = link(textOf(reminders.get(0)));
        mvc.perform(get(newLink)).andExpect(status().isOk());

        // A change of time is sent with the same UID and a higher SEQUENCE.
        mvc.perform(post(page + "/modifier").with(csrf()).with(user(me(pilote))).param("title", "COPIL de printemps")
                        .param("date", "2027-03-12").param("startTime", "10:00").param("endTime", "12:00")
                        .param("place", "Hôtel d’agglomération").param("version", String.valueOf(
                                governance.meeting(montbeliard.getId(), meeting.getId()).getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/convoquer").with(csrf()).with(user(me(pilote)))).andExpect(status().is3xxRedirection());
        outbox.flush();
        MimeMessage update = mailsTo(body).get(mailsTo(body).size() - 1);
        VEvent changed = (VEvent) new CalendarBuilder().build(new StringReader(icsOf(update))).getComponents("VEVENT").get(0);
        assertThat(changed.getProperty(Property.UID).map(Property::getValue)).hasValue("meeting-" + meeting.getId() + "@maillage");
        assertThat(changed.getProperty(Property.SEQUENCE).map(Property::getValue)).hasValue("1");
        mvc.perform(get(newLink)).andExpect(status().isNotFound());

        // Revoking a link closes it.
        String latest = link(textOf(update));
        Invitation invitation = convening.invitationOf(latest.substring(latest.lastIndexOf('/') + 1)).orElseThrow();
        mvc.perform(post(page + "/invitations/" + invitation.getId() + "/revoquer").with(csrf()).with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(latest)).andExpect(status().isNotFound());
        mvc.perform(post(latest).with(csrf()).param("answer", "ABSENT")).andExpect(status().isNotFound());
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_failed_invitation_shows_on_the_meeting_page_and_is_retried() throws Exception {
        Body body = troika(2);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 6, 1, 9, 0));
        convening.convene(montbeliard.getId(), meeting.getId());
        // What the outbox does after its fifth refused attempt (an hour and a half of retries).
        jdbc.update("update shared_mail_outbox set status = 'FAILED', attempts = 5, last_error = ? "
                + "where category = ? and reference = ? and recipient = ?", "550 Boîte aux lettres inconnue",
                ConveneMeeting.INVITATION, meeting.getId().toString(), governance.members(body.getId()).get(0).getEmail());
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId();
        Long failed = outbox.list(ConveneMeeting.INVITATION, meeting.getId().toString(),
                org.springframework.data.domain.PageRequest.of(0, 10)).stream()
                .filter(m -> m.getStatus() == fr.maillage.shared.mail.MailStatus.FAILED).findFirst().orElseThrow().getId();
        mvc.perform(get(page).with(user(me(lecteur))))
                .andExpect(content().string(containsString(" 1 en échec.")))
                .andExpect(content().string(containsString("Courriels en échec")))
                .andExpect(content().string(containsString("550 Boîte aux lettres inconnue")));
        mvc.perform(post(page + "/courriels/" + failed + "/renvoyer").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", containsString("remis dans la file")));
        mvc.perform(get(page).with(user(me(lecteur))))
                .andExpect(content().string(containsString(" 0 en échec.")));
        outbox.flush();
    }

    @Test
    void calendars_subscribe_to_the_body_feed_through_a_revocable_secret_address() throws Exception {
        Body body = troika(1);
        Meeting a = meeting(montbeliard, body, LocalDateTime.now().plusDays(10).withNano(0));
        Meeting b = meeting(montbeliard, body, LocalDateTime.now().plusDays(40).withNano(0));
        String bodyPage = "/espaces/" + montbeliard.getId() + "/instances/" + body.getId();
        mvc.perform(post(bodyPage + "/calendrier/renouveler").with(csrf()).with(user(me(outsider))))
                .andExpect(status().isNotFound());
        String url = (String) mvc.perform(post(bodyPage + "/calendrier/renouveler").with(csrf()).with(user(me(pilote))))
                .andReturn().getFlashMap().get("feedUrl");
        String path = url.substring("http://localhost:8080".length());
        String feed = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", containsString("text/calendar")))
                .andReturn().getResponse().getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        assertThat(calendar.validate().hasErrors()).isFalse();
        List<VEvent> feedEvents = calendar.getComponents("VEVENT");
        assertThat(feedEvents).extracting(c -> c.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactly("meeting-" + a.getId() + "@maillage", "meeting-" + b.getId() + "@maillage");
        String renewed = ((String) mvc.perform(post(bodyPage + "/calendrier/renouveler").with(csrf())
                .with(user(me(pilote)))).andReturn().getFlashMap().get("feedUrl")).substring("http://localhost:8080".length());
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(renewed)).andExpect(status().isOk());
        mvc.perform(post(bodyPage + "/calendrier/revoquer").with(csrf()).with(user(me(pilote))));
        mvc.perform(get(renewed)).andExpect(status().isNotFound());
    }

    @Test
    void minutes_are_published_as_pdf_corrected_as_a_new_version_and_sent_to_members() throws Exception {
        Body body = troika(2);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 5, 3, 14, 0));
        AgendaItem item = governance.addItem(montbeliard.getId(), meeting.getId(), "Bilan des ateliers parentalité", null, null);
        hold.writeMinutes(montbeliard.getId(), item.getId(), "Les ateliers ont réuni <strong>84 familles</strong>.");
        List<Attendance> lines = hold.attendance(montbeliard.getId(), meeting.getId());
        lines.forEach(l -> hold.mark(montbeliard.getId(), meeting.getId(), l.getId(), AttendanceStatus.PRESENT, null));
        hold.recordDecision(montbeliard.getId(), meeting.getId(), new DecisionDetails(item.getId(),
                "Reconduction des ateliers", null, DecisionStatus.ADOPTEE, false, List.of()));
        hold.recordFollowUp(montbeliard.getId(), meeting.getId(), null, "Chiffrer les ateliers 2028", null,
                contributeur.getId(), LocalDate.of(2027, 6, 30));
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId();
        mvc.perform(post(page + "/compte-rendu/publier").with(csrf()).with(user(me(contributeur))))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/compte-rendu/publier").with(csrf()).with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());
        String v1 = pdfText(mvc.perform(get(page + "/compte-rendu/versions/1.pdf").with(user(me(lecteur))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(v1).contains("Compte rendu").contains("Troïka de la cité éducative").contains("Quorum atteint")
                .contains("Partenaire 1").contains("84 familles").contains("TROIKA-2027-01")
                .contains("Reconduction des ateliers").contains("Chiffrer les ateliers 2028").contains("Paul Contributeur");

        hold.writeMinutes(montbeliard.getId(), item.getId(), "Les ateliers ont réuni <strong>92 familles</strong>.");
        mvc.perform(post(page + "/compte-rendu/publier").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashError", containsString("objet de la correction")));
        mvc.perform(post(page + "/compte-rendu/publier").with(csrf()).with(user(me(pilote)))
                .param("correctionNote", "Nombre de familles corrigé")).andExpect(status().is3xxRedirection());
        mvc.perform(get(page + "/compte-rendu/versions/1").with(user(me(lecteur))))
                .andExpect(content().string(containsString("84 familles")))
                .andExpect(content().string(containsString("remplacée par une correction")));
        mvc.perform(get(page + "/compte-rendu/versions/2").with(user(me(lecteur))))
                .andExpect(content().string(containsString("92 familles")))
                .andExpect(content().string(containsString("Nombre de familles corrigé")));
        assertThat(pdfText(publish.pdf(publish.version(montbeliard.getId(), meeting.getId(), 2)))).contains("92 familles");
        mvc.perform(get("/espaces/" + montbeliard.getId() + "/instances/recherche").param("q", "famille")
                        .with(user(me(lecteur))))
                .andExpect(content().string(containsString("Comptes rendus publiés (1)")));
        assertThat(events.stream(SearchableContent.class).filter(c -> c.type().equals("minutes")))
                .last().satisfies(c -> assertThat(c.text()).contains("92 familles"));

        mvc.perform(post(page + "/compte-rendu/envoyer").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", containsString("2 membres")));
        outbox.flush();
        List<MimeMessage> sent = mailsTo(body).stream().filter(m -> subject(m).startsWith("Compte rendu")).toList();
        assertThat(sent).hasSize(2);
        assertThat(pdfText(attachment(sent.get(0), "application/pdf"))).contains("92 familles");

        Long organisationId = lines.get(0).getOrganisationId();
        assertThat(directory.timeline(organisationId, montbeliard.getId())).extracting(TimelineEvent::getKind)
                .contains(PublishMinutes.TIMELINE_KIND);
        assertThat(pdfText(mvc.perform(get(page + "/emargement.pdf").with(user(me(contributeur))))
                .andReturn().getResponse().getContentAsByteArray())).contains("Feuille d’émargement").contains("Signature")
                .contains("Partenaire 2");
    }

    @Test
    void a_published_version_pdf_is_drawn_once_kept_and_drawn_again_when_its_file_is_lost() throws Exception {
        Body body = troika(2);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 9, 6, 14, 0));
        AgendaItem item = governance.addItem(montbeliard.getId(), meeting.getId(), "Bilan du soutien scolaire", null, null);
        hold.writeMinutes(montbeliard.getId(), item.getId(), "Le soutien a accueilli <strong>57 collégiens</strong>.");
        String page = "/espaces/" + montbeliard.getId() + "/seances/" + meeting.getId();
        mvc.perform(post(page + "/compte-rendu/publier").with(csrf()).with(user(me(pilote))))
                .andExpect(status().is3xxRedirection());

        byte[] first = mvc.perform(get(page + "/compte-rendu/versions/1.pdf").with(user(me(lecteur))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String key = publish.version(montbeliard.getId(), meeting.getId(), 1).getPdfKey();
        assertThat(key).isNotNull();
        assertThat(Files.readAllBytes(files.path(key))).isEqualTo(first);
        Thread.sleep(1100);
        byte[] second = mvc.perform(get(page + "/compte-rendu/versions/1.pdf").with(user(me(lecteur))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(second).isEqualTo(first);
        assertThat(pdfText(second)).contains("Bilan du soutien scolaire").contains("57 collégiens");
        assertThat(publish.version(montbeliard.getId(), meeting.getId(), 1).getPdfKey()).isEqualTo(key);

        files.delete(key);
        byte[] redrawn = mvc.perform(get(page + "/compte-rendu/versions/1.pdf").with(user(me(lecteur))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        assertThat(pdfText(redrawn)).contains("57 collégiens");
        String newKey = publish.version(montbeliard.getId(), meeting.getId(), 1).getPdfKey();
        assertThat(newKey).isNotEqualTo(key);
        assertThat(Files.readAllBytes(files.path(newKey))).isEqualTo(redrawn);
    }

    @Test
    void overdue_follow_ups_are_reminded_once_a_week() throws Exception {
        Body body = troika(1);
        Meeting meeting = meeting(montbeliard, body, LocalDateTime.of(2027, 1, 10, 9, 0));
        FollowUp late = hold.recordFollowUp(montbeliard.getId(), meeting.getId(), null, "Envoyer la convention CAF",
                null, contributeur.getId(), LocalDate.of(2027, 2, 1));
        hold.recordFollowUp(montbeliard.getId(), meeting.getId(), null, "Pas encore due", null, contributeur.getId(),
                LocalDate.of(2027, 3, 1));
        assertThat(reminders.remindOverdue(LocalDate.of(2027, 2, 5))).isEqualTo(1);
        assertThat(reminders.remindOverdue(LocalDate.of(2027, 2, 6))).isZero();
        assertThat(reminders.remindOverdue(LocalDate.of(2027, 2, 12))).isEqualTo(1);
        outbox.flush();
        List<MimeMessage> received = Arrays.stream(TestInfrastructure.mail().getReceivedMessages())
                .filter(m -> recipient(m).equals(contributeur.getEmail())).toList();
        assertThat(received).hasSize(2);
        assertThat(subject(received.get(0))).isEqualTo("Suite à donner en retard : Envoyer la convention CAF");
        assertThat(textOf(received.get(0))).contains("01/02/2027").contains("/suites#suite-" + late.getId());
    }

    private Body troika(int members) {
        Body body = governance.createBody(montbeliard.getId(), new BodyDetails(BodyKind.TROIKA,
                "Troïka de la cité éducative", "", null, QuorumRule.SHARE, 50));
        for (int i = 1; i <= members; i++) {
            Organisation o = organisation("Partenaire " + i + " " + System.nanoTime(),
                    "troika" + i + "." + System.nanoTime() + "@exemple.fr");
            governance.addMember(montbeliard.getId(), body.getId(),
                    new MemberDetails(o.getId(), null, null, MemberFunction.MEMBRE, null, null, null, true));
        }
        return body;
    }

    private List<MimeMessage> mailsTo(Body body) {
        List<String> addresses = governance.members(body.getId()).stream().map(BodyMember::getEmail)
                .filter(java.util.Objects::nonNull).toList();
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : TestInfrastructure.mail().getReceivedMessages()) {
            if (addresses.contains(recipient(m))) {
                found.add(m);
            }
        }
        return found;
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String link(String text) {
        Matcher matcher = ANSWER_LINK.matcher(text);
        assertThat(matcher.find()).as("answer link in " + text).isTrue();
        return matcher.group(1);
    }

    private static String textOf(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        return textOf((Multipart) content);
    }

    private static String textOf(Multipart multipart) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                String text = textOf(inner);
                if (text != null) {
                    return text;
                }
            } else if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return (String) part.getContent();
            }
        }
        return null;
    }

    private static String icsOf(MimeMessage message) throws Exception {
        return new String(attachment(message, "text/calendar"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] attachment(MimeMessage message, String type) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.isMimeType(type)) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no " + type + " attachment");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
