package fr.maillage.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.testing.MaillageTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A newsletter from the visitor's subscription to the issue in his mailbox and his unsubscription,
 * through the real SMTP server of the tests (GreenMail).
 */
@MaillageTest
@Tag("database")
class NewsletterFlowsTests extends NewsletterTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_visitor_subscribes_and_receives_issues_only_after_confirming() throws Exception {
        String email = address("camille");
        mvc.perform(get("/lettre/" + newsletter.getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La lettre " + marker)));
        mvc.perform(post("/lettre/" + newsletter.getId()).with(csrf()).param("email", email).param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vérifiez votre boîte de réception")));
        outbox.flush();
        List<MimeMessage> mails = mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("Confirmez votre abonnement");
        assertThat(management.count(crpv.getId(), SubscriberStatus.CONFIRMED)).isZero();

        String secret = link(mails.get(0), "/lettre/confirmation/");
        mvc.perform(get("/lettre/confirmation/" + secret))
                .andExpect(content().string(containsString("Confirmer mon abonnement")));
        assertThat(management.count(crpv.getId(), SubscriberStatus.CONFIRMED)).as("opening the link is not enough")
                .isZero();
        mvc.perform(post("/lettre/confirmation/" + secret).with(csrf()))
                .andExpect(content().string(containsString("Abonnement confirmé")));
        assertThat(management.count(crpv.getId(), SubscriberStatus.CONFIRMED)).isEqualTo(1);
        mvc.perform(post("/lettre/confirmation/" + secret).with(csrf()))
                .andExpect(content().string(containsString("Lien invalide")));

        mvc.perform(post("/lettre/" + newsletter.getId()).with(csrf()).param("email", email).param("consent", "true"))
                .andExpect(content().string(containsString("Vérifiez votre boîte de réception")));
        outbox.flush();
        assertThat(mailsTo(email)).as("a confirmed address gets no new confirmation").hasSize(1);
    }

    @Test
    void a_request_without_consent_or_from_a_bot_sends_nothing() throws Exception {
        String email = address("robot");
        mvc.perform(post("/lettre/" + newsletter.getId()).with(csrf()).param("email", "pas-une-adresse"))
                .andExpect(content().string(containsString("Saisissez une adresse e-mail valide.")))
                .andExpect(content().string(containsString("Cochez la case pour donner votre accord.")));
        mvc.perform(post("/lettre/" + newsletter.getId()).with(csrf()).param("email", email).param("consent", "true")
                        .param("website", "http://spam.example"))
                .andExpect(content().string(containsString("Vérifiez votre boîte de réception")));
        outbox.flush();
        assertThat(mailsTo(email)).isEmpty();
        assertThat(management.count(crpv.getId(), SubscriberStatus.PENDING)).isZero();
    }

    @Test
    void too_many_requests_from_one_client_are_refused() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/lettre/" + newsletter.getId()).with(csrf()).with(r -> {
                r.setRemoteAddr("203.0.113.7");
                return r;
            }).param("email", address("flood" + i)).param("consent", "true"));
        }
        mvc.perform(post("/lettre/" + newsletter.getId()).with(csrf()).with(r -> {
                    r.setRemoteAddr("203.0.113.7");
                    return r;
                }).param("email", address("flood6")).param("consent", "true"))
                .andExpect(content().string(containsString("Trop de demandes")));
        outbox.flush();
        assertThat(mailsTo(address("flood6"))).isEmpty();
    }

    @Test
    void an_issue_is_sent_once_to_each_confirmed_subscriber_with_a_working_unsubscribe_link() throws Exception {
        String first = confirmedSubscriber("alix");
        String second = confirmedSubscriber("basile");
        String pending = address("celine");
        subscriptions.subscribe(newsletter.getId(), pending);
        Issue issue = management.createIssue(crpv.getId(), "Numéro de novembre",
                "<p>Bonjour <b>à toutes et tous</b><script>alert(1)</script></p>");
        management.addText(crpv.getId(), issue.getId(), "Rencontre régionale",
                "<p>Le <a href=\"https://exemple.fr/rencontre\" onclick=\"x()\">programme</a> est en ligne.</p>");

        mvc.perform(post(base() + "/numeros/" + issue.getId() + "/envoyer").with(csrf()).with(as(pilote))
                        .param("version", String.valueOf(issue.getVersion())))
                .andExpect(redirectedUrl(base() + "/numeros/" + issue.getId() + "/envoi"));
        mvc.perform(post(base() + "/numeros/" + issue.getId() + "/envoyer").with(csrf()).with(as(pilote))
                        .param("version", String.valueOf(issue.getVersion())))
                .andExpect(status().isConflict());

        sending.sendAll(issue.getId());
        sending.sendAll(issue.getId());
        outbox.flush();

        List<MimeMessage> toFirst = mailsTo(first).stream().filter(m -> subject(m).contains("Numéro de novembre")).toList();
        assertThat(toFirst).hasSize(1);
        assertThat(mailsTo(second).stream().filter(m -> subject(m).contains("Numéro de novembre"))).hasSize(1);
        assertThat(mailsTo(pending).stream().filter(m -> subject(m).contains("Numéro de novembre"))).isEmpty();
        MimeMessage mail = toFirst.get(0);
        String html = part(mail, "text/html");
        assertThat(html).contains("<b>à toutes et tous</b>").doesNotContain("<script").doesNotContain("onclick")
                .contains("https://exemple.fr/rencontre").contains("/lettre/desabonnement/");
        assertThat(part(mail, "text/plain")).contains("Rencontre régionale").contains("programme (https://exemple.fr/rencontre)")
                .contains("/lettre/desabonnement/");
        assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        String header = mail.getHeader("List-Unsubscribe")[0];
        assertThat(header).startsWith("<http").contains("/lettre/desabonnement/").endsWith(">");

        mvc.perform(get(base() + "/numeros/" + issue.getId() + "/envoi").with(as(lecteur)))
                .andExpect(content().string(containsString("Envoi terminé")));
        assertThat(sending.progress(crpv.getId(), issue.getId()).mails().sent()).isEqualTo(2);

        String path = header.substring(header.indexOf("/lettre/desabonnement/"), header.length() - 1);
        mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vous êtes désabonné")));
        assertThat(management.count(crpv.getId(), SubscriberStatus.CONFIRMED)).isEqualTo(1);

        Issue next = management.createIssue(crpv.getId(), "Numéro de décembre", null);
        sending.start(crpv.getId(), next.getId(), next.getVersion());
        sending.sendAll(next.getId());
        outbox.flush();
        assertThat(mailsTo(first).stream().filter(m -> subject(m).contains("Numéro de décembre"))).isEmpty();
        assertThat(mailsTo(second).stream().filter(m -> subject(m).contains("Numéro de décembre"))).hasSize(1);
        assertThatThrownBy(() -> management.addText(crpv.getId(), next.getId(), "Trop tard", "<p>x</p>"))
                .hasMessageContaining("newsletter.issue.notDraft");
    }

    @Test
    void an_address_that_keeps_failing_is_shown_with_its_error_and_can_be_sent_again() throws Exception {
        String good = "fidele." + marker + "@exemple.fr";
        String bad = "jean dupont." + marker + "@@exemple";
        java.sql.Timestamp consent = java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(3600));
        for (String email : List.of(good, bad)) {
            // Written as an import from an older tool would: the subscription form refuses such an address.
            jdbc.update("insert into newsletter_subscriber (newsletter_id, email, status, consent_at, confirmed_at, "
                    + "created_at, version) values (?, ?, 'CONFIRMED', ?, ?, ?, 0)", newsletter.getId(), email, consent,
                    consent, consent);
        }
        Issue issue = management.createIssue(crpv.getId(), "Numéro avec une adresse fausse", "<p>Bonjour</p>");
        sending.start(crpv.getId(), issue.getId(), issue.getVersion());
        sending.sendAll(issue.getId());
        String reference = String.valueOf(issue.getId());
        for (int attempt = 0; attempt < 6; attempt++) {
            outbox.flush();
            // The back-off waits minutes between attempts; the test does not.
            jdbc.update("update shared_mail_outbox set next_attempt_at = ? where category = ? and reference = ?",
                    java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), SendIssue.CATEGORY, reference);
        }
        assertThat(mailsTo(good).stream().filter(m -> subject(m).contains("adresse fausse"))).hasSize(1);
        SendIssue.Progress progress = sending.progress(crpv.getId(), issue.getId());
        assertThat(progress.mails().sent()).isEqualTo(1);
        assertThat(progress.mails().failed()).isEqualTo(1);

        String page = base() + "/numeros/" + issue.getId() + "/envoi";
        String html = mvc.perform(get(page).with(as(pilote))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Envois en échec")))
                .andExpect(content().string(containsString(bad)))
                .andExpect(content().string(containsString("Réessayer")))
                .andReturn().getResponse().getContentAsString();
        String retry = html.substring(html.indexOf(base() + "/numeros/" + issue.getId() + "/envoi/"));
        retry = retry.substring(0, retry.indexOf('"'));
        mvc.perform(post(retry).with(csrf()).with(as(lecteur))).andExpect(status().isForbidden());
        mvc.perform(post(retry).with(csrf()).with(as(pilote))).andExpect(redirectedUrl(page));
        progress = sending.progress(crpv.getId(), issue.getId());
        assertThat(progress.mails().failed()).isZero();
        assertThat(progress.mails().pending()).isEqualTo(1);
    }

    @Test
    void the_unsubscribe_page_asks_before_acting_and_refuses_unknown_links() throws Exception {
        mvc.perform(get("/lettre/desabonnement/inconnu-inconnu-inconnu-inconnu"))
                .andExpect(content().string(containsString("Lien invalide")));
        mvc.perform(post("/lettre/desabonnement/inconnu-inconnu-inconnu-inconnu"))
                .andExpect(content().string(containsString("Lien invalide")));
        mvc.perform(post("/lettre/" + newsletter.getId()).param("email", address("sanscsrf")).param("consent", "true"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_team_previews_the_issue_as_a_page_and_as_the_e_mail() throws Exception {
        Issue issue = management.createIssue(crpv.getId(), "Aperçu " + marker, "<p>Introduction</p>");
        management.addText(crpv.getId(), issue.getId(), "Une section", "<ul><li>un point</li></ul>");
        String url = base() + "/numeros/" + issue.getId();
        mvc.perform(get(url).with(as(contributeur)))
                .andExpect(content().string(containsString("Une section")))
                .andExpect(content().string(containsString("Ajouter une section de texte")))
                .andExpect(content().string(not(containsString("Envoyer à"))));
        mvc.perform(get(url).with(as(pilote))).andExpect(content().string(containsString("Envoyer à")));
        mvc.perform(get(url + "/apercu").with(as(lecteur)))
                .andExpect(content().string(containsString("Aperçu " + marker)))
                .andExpect(content().string(containsString("<li>un point</li>")));
        mvc.perform(get(url + "/apercu/courriel").with(as(lecteur)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Se désabonner")));
        mvc.perform(get(url + "/apercu/texte").with(as(lecteur)))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andExpect(content().string(containsString("- un point")));
    }

    @Test
    void a_contributor_writes_a_draft_with_a_sanitised_introduction() throws Exception {
        mvc.perform(get(base() + "/numeros/nouveau").with(as(contributeur))).andExpect(status().isOk());
        mvc.perform(post(base() + "/numeros/nouveau").with(csrf()).with(as(contributeur)).param("title", "")
                        .param("version", "0"))
                .andExpect(content().string(containsString("Donnez un titre au numéro.")));
        String location = mvc.perform(post(base() + "/numeros/nouveau").with(csrf()).with(as(contributeur))
                        .param("title", "Brouillon " + marker).param("introduction", "<p onclick=\"x()\">Salut</p>")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as(contributeur)))
                .andExpect(content().string(containsString("Brouillon " + marker)))
                .andExpect(content().string(not(containsString("onclick"))));
        mvc.perform(post(location + "/sections").with(csrf()).with(as(contributeur)).param("heading", "Agenda")
                        .param("text", ""))
                .andExpect(content().string(containsString("Écrivez le texte de la section.")));
    }

    @Test
    void each_member_does_what_his_role_allows() throws Exception {
        Issue issue = management.createIssue(crpv.getId(), "Droits " + marker, null);
        mvc.perform(get(base()).with(as(lecteur))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Nouveau numéro"))));
        mvc.perform(get(base() + "/abonnes").with(as(lecteur))).andExpect(status().isForbidden());
        mvc.perform(get(base() + "/abonnes").with(as(contributeur))).andExpect(status().isOk());
        mvc.perform(post(base() + "/numeros/" + issue.getId() + "/sections").with(csrf()).with(as(lecteur))
                .param("heading", "x").param("text", "y")).andExpect(status().isForbidden());
        mvc.perform(post(base() + "/numeros/" + issue.getId() + "/envoyer").with(csrf()).with(as(contributeur))
                .param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get(base()).with(as(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(base() + "/numeros/" + issue.getId() + "/apercu").with(as(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base())).andExpect(status().is3xxRedirection());
        assertThatThrownBy(() -> sending.start(crpv.getId(), issue.getId(), issue.getVersion()))
                .hasMessageContaining("newsletter.issue.noRecipient");
        assertThatThrownBy(() -> management.describeIssue(crpv.getId(), issue.getId(), issue.getVersion() + 1, "x", null))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
