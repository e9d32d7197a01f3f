package fr.maillage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.testing.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The watch part of scenario 10: feeds served by a local HTTP server are polled (a slow one and a
 * broken one are reported without holding the others), items are stored once, the team tags,
 * stars, comments and shares them, and the weekly digest goes out by e-mail.
 */
@Tag("database")
class NewsWatchFlowsTests extends KnowledgeTestSupport {

    @Autowired
    NewsWatch watch;

    @Autowired
    WatchPolling polling;

    @Autowired
    WatchDigest digest;

    @Autowired
    KnowledgeSearch search;

    @Test
    void feeds_are_polled_without_duplicates_and_broken_ones_are_reported() throws Exception {
        Long ws = montbeliard.getId();
        WatchSource rss = watch.addSource(ws, "ANCT", feedUrl("/rss"));
        WatchSource atom = watch.addSource(ws, "Observatoire", feedUrl("/atom"));
        WatchSource slow = watch.addSource(ws, "Lent", feedUrl("/slow"));
        WatchSource broken = watch.addSource(ws, "En panne", feedUrl("/broken"));
        WatchSource garbage = watch.addSource(ws, "Pas un flux", feedUrl("/garbage"));
        WatchSource paused = watch.addSource(ws, "En pause", "http://127.0.0.1:9/jamais");
        watch.pause(ws, paused.getId(), true);

        WatchPolling.PollReport first = polling.pollAll();
        assertThat(first.newItems()).as(watch.source(ws, rss.getId()).getLastError() + " / " + watch.source(ws, atom.getId()).getLastError()).isEqualTo(3);
        assertThat(first.failed()).isGreaterThanOrEqualTo(3);
        WatchPolling.PollReport second = polling.pollAll();
        assertThat(second.newItems()).isZero();

        assertThat(watch.source(ws, rss.getId()).getLastSuccessAt()).isNotNull();
        assertThat(watch.source(ws, atom.getId()).isFailing()).isFalse();
        assertThat(watch.source(ws, slow.getId()).getLastError()).contains("délai");
        assertThat(watch.source(ws, broken.getId()).getLastError()).contains("500");
        assertThat(watch.source(ws, garbage.getId()).getLastError()).contains("illisible");
        assertThat(watch.source(ws, paused.getId()).getLastPolledAt()).isNull();

        var items = search.watchItems(ws, null, null, rss.getId(), false, PageRequest.of(0, 10)).getContent();
        assertThat(items).extracting(WatchItem::getTitle)
                .containsExactlyInAnyOrder("Nouveaux contrats de ville signés", "Cités éducatives : appel à projets 2027");
        WatchItem contracts = items.stream().filter(i -> i.getGuid().equals("anct-1")).findFirst().orElseThrow();
        assertThat(contracts.getSummary()).isEqualTo("Les contrats Engagements Quartiers 2030 avancent.");

        mvc.perform(get("/espaces/" + ws + "/veille/sources").with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le serveur a répondu 500.")))
                .andExpect(content().string(containsString("En pause")));
        mvc.perform(get("/espaces/" + ws + "/veille").param("q", "parentalité").with(user(me(lecteur))))
                .andExpect(content().string(containsString("Rapport sur la parentalité dans les quartiers")));
    }

    @Test
    void the_team_tags_stars_comments_and_shares_an_item() throws Exception {
        Long ws = montbeliard.getId();
        WatchSource rss = watch.addSource(ws, "ANCT", feedUrl("/rss"));
        polling.pollNow(ws, rss.getId());
        WatchItem item = search.watchItems(ws, "contrats", null, null, false, PageRequest.of(0, 1)).getContent().get(0);
        String url = "/espaces/" + ws + "/veille/" + item.getId();

        mvc.perform(post(url + "/etiquettes").with(user(me(contributeur))).with(csrf())
                .param("tags", "Contrat de ville, appel à projets")).andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/favori").with(user(me(contributeur))).with(csrf()).param("starred", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/commentaires").with(user(me(contributeur))).with(csrf())
                .param("body", "À relayer au prochain COPIL.")).andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/favori").with(user(me(lecteur))).with(csrf()).param("starred", "false"))
                .andExpect(status().isForbidden());

        mvc.perform(get("/espaces/" + ws + "/veille").param("tag", "contrat de ville").with(user(me(lecteur))))
                .andExpect(content().string(containsString("Nouveaux contrats de ville signés")));
        mvc.perform(get(url).with(user(me(lecteur))))
                .andExpect(content().string(containsString("À relayer au prochain COPIL.")))
                .andExpect(content().string(containsString("Favori")));
        mvc.perform(get("/api/v1/workspaces/" + ws + "/watch-items").param("starred", "true")
                        .header("Authorization", bearer(lecteur)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title", hasItem("Nouveaux contrats de ville signés")))
                .andExpect(jsonPath("$.items[0].tags", hasItem("contrat de ville")));

        mvc.perform(post(url + "/partage").with(user(me(contributeur))).with(csrf())
                .param("colleague", String.valueOf(pilote.getId())).param("note", "Pour la note au préfet"))
                .andExpect(status().is3xxRedirection());
        flushMail();
        assertThat(received(pilote.getEmail())).anySatisfy(m -> {
            assertThat(m.getSubject()).contains("Paul Contributeur vous signale");
            assertThat(body(m)).contains("Pour la note au préfet").contains("https://anct.example/a1");
        });
        assertThat(watch.item(ws, item.getId()).isShared()).isTrue();
    }

    @Test
    void the_weekly_digest_lists_the_new_items_to_every_member() throws Exception {
        Long ws = bourges.getId();
        WatchSource atom = watch.addSource(ws, "Observatoire", feedUrl("/atom"));
        polling.pollNow(ws, atom.getId());
        Instant before = Instant.now().minusSeconds(3600);
        assertThat(digest.sendDigests(before)).isGreaterThanOrEqualTo(1);
        flushMail();
        assertThat(received(outsider.getEmail())).anySatisfy(m -> {
            assertThat(m.getSubject()).isEqualTo("Veille de la semaine — Cité éducative de Bourges");
            assertThat(body(m)).contains("Rapport sur la parentalité dans les quartiers");
        });
    }

    @Autowired
    fr.maillage.shared.mail.MailOutbox outbox;

    void flushMail() {
        outbox.flush();
    }

    static List<MimeMessage> received(String email) {
        return Arrays.stream(TestInfrastructure.mail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    static String body(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String s) {
                return s;
            }
            if (content instanceof jakarta.mail.Multipart multipart) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < multipart.getCount(); i++) {
                    Object part = multipart.getBodyPart(i).getContent();
                    text.append(part instanceof jakarta.mail.Multipart inner ? inner.getBodyPart(0).getContent() : part);
                }
                return text.toString();
            }
            return String.valueOf(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
