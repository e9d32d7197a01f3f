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

import fr.maillage.programme.Action;
import fr.maillage.programme.Objective;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.testing.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Scenario 8 of DOMAIN.md: indicators with baseline and target on the cité's objectives, a
 * data-entry campaign to the carriers (e-mail, personal link, answer, reminder, revocation,
 * validation), a dashboard with charts and tables, and the annual review validated by the troïka
 * and exported as PDF and XLSX.
 */
@Tag("database")
class EvaluationScenarioTests extends EvaluationTestSupport {

    private static final Pattern LINK = Pattern.compile("/portail/saisie/([A-Za-z0-9_-]{43})");

    @Autowired
    MailOutbox outbox;

    @Test
    void indicators_campaign_dashboard_and_review() throws Exception {
        Objective objective = objective(cite, "Promouvoir la continuité éducative");
        Carrier centre = carrier(cite, "Centre social Dutemple", "nadia.dutemple." + System.nanoTime() + "@exemple.fr");
        Carrier club = carrier(cite, "Club de prévention", "club." + System.nanoTime() + "@exemple.fr");
        Action homework = action(cite, "Accompagnement à la scolarité", centre, objective, contributeur);
        Action sport = action(cite, "Sport et citoyenneté", club, objective, null);
        Indicator reached = actionIndicator(cite, homework, "Élèves accompagnés");
        actionIndicator(cite, sport, "Jeunes inscrits");

        // the contributeur referent of the action enters a value of its indicator, not of another one
        mvc.perform(get(base(cite) + "/indicateurs/" + reached.getId() + "/saisie").with(user(me(contributeur))))
                .andExpect(status().isOk());
        Indicator workspaceLevel = childrenReached(cite);
        mvc.perform(get(base(cite) + "/indicateurs/" + workspaceLevel.getId() + "/saisie").with(user(me(contributeur))))
                .andExpect(status().isForbidden());

        // the campaign: one e-mail per carrier's contact, with a personal link
        mvc.perform(post(base(cite) + "/campagnes/nouvelle").with(csrf()).with(user(me(pilote)))
                        .param("title", "Bilan 2025-2026").param("period", "2025-2026")
                        .param("deadline", LocalDate.now().plusDays(10).toString()).param("extraDays", "5")
                        .param("contact." + homework.getId(), String.valueOf(centre.contact().getId()))
                        .param("contact." + sport.getId(), String.valueOf(club.contact().getId())))
                .andExpect(status().is3xxRedirection());
        outbox.flush();
        String secret = linkSentTo(centre.contact().getEmail());
        String other = linkSentTo(club.contact().getEmail());
        Campaign campaign = campaigns.campaigns(cite.getId(), PageRequest.of(0, 1)).getContent().get(0);

        // the carrier answers without an account; an implausible value is questioned first
        mvc.perform(get("/portail/saisie/" + secret)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Élèves accompagnés (2025-2026)")))
                .andExpect(content().string(not(containsString("Jeunes inscrits"))));
        mvc.perform(post("/portail/saisie/" + secret).with(csrf())
                        .param("v." + reached.getId() + ".TOTAL:TOTAL", "4800").param("rapport", "Une bonne année."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Je confirme ces valeurs")));
        mvc.perform(post("/portail/saisie/" + secret).with(csrf())
                        .param("v." + reached.getId() + ".TOTAL:TOTAL", "48")
                        .param("v." + reached.getId() + ".SEXE:F", "26").param("v." + reached.getId() + ".SEXE:M", "22")
                        .param("rapport", "Une bonne année, malgré deux mois sans bénévoles."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Merci pour votre réponse")));
        assertThat(evaluation.values(cite.getId(), reached.getId(), PageRequest.of(0, 10))).isEmpty();

        // the chef de projet sees who answered, is told on his home page, reminds, revokes, validates
        mvc.perform(get(base(cite) + "/campagnes/" + campaign.getId()).with(user(me(pilote))))
                .andExpect(content().string(containsString("À valider")))
                .andExpect(content().string(containsString("En attente")));
        mvc.perform(get("/").with(user(me(pilote))))
                .andExpect(content().string(containsString("Campagnes de saisie à valider")));
        List<CampaignRequest> requests = campaigns.requests(cite.getId(), campaign.getId());
        CampaignRequest answered = requests.stream().filter(CampaignRequest::isAnswered).findFirst().orElseThrow();
        CampaignRequest silent = requests.stream().filter(r -> !r.isAnswered()).findFirst().orElseThrow();
        mvc.perform(post(base(cite) + "/campagnes/" + campaign.getId() + "/demandes/" + silent.getId() + "/relancer")
                .with(csrf()).with(user(me(pilote)))).andExpect(status().is3xxRedirection());
        outbox.flush();
        String renewed = linkSentTo(club.contact().getEmail());
        assertThat(renewed).isNotEqualTo(other);
        mvc.perform(get("/portail/saisie/" + other)).andExpect(status().isGone());
        mvc.perform(get("/portail/saisie/" + renewed)).andExpect(status().isOk());
        mvc.perform(post(base(cite) + "/campagnes/" + campaign.getId() + "/demandes/" + silent.getId() + "/revoquer")
                .with(csrf()).with(user(me(pilote)))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/portail/saisie/" + renewed)).andExpect(status().isGone());
        mvc.perform(post(base(cite) + "/campagnes/" + campaign.getId() + "/demandes/" + answered.getId() + "/valider")
                .with(csrf()).with(user(me(lecteur)))).andExpect(status().isForbidden());
        mvc.perform(post(base(cite) + "/campagnes/" + campaign.getId() + "/demandes/" + answered.getId() + "/valider")
                .with(csrf()).with(user(me(pilote)))).andExpect(status().is3xxRedirection());
        assertThat(evaluation.values(cite.getId(), reached.getId(), PageRequest.of(0, 10))).hasSize(3);
        mvc.perform(get("/portail/saisie/" + secret)).andExpect(status().isGone());

        // the action's dashboard: summary, chart with its data table
        mvc.perform(get(base(cite) + "/actions/" + homework.getId()).with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valeur 2025-2026 : 48, cible 60 (80 %).")))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Filles et femmes")));
        String actionPage = mvc.perform(get(base(cite) + "/actions/" + homework.getId()).with(user(me(lecteur))))
                .andReturn().getResponse().getContentAsString();
        String objectivePage = mvc.perform(get(base(cite) + "/objectifs/" + objective.getId())
                .with(user(me(lecteur)))).andExpect(content().string(containsString("Élèves accompagnés")))
                .andReturn().getResponse().getContentAsString();
        String workspacePage = mvc.perform(get(base(cite)).with(user(me(lecteur))))
                .andReturn().getResponse().getContentAsString();
        for (String page : List.of(actionPage, objectivePage, workspacePage)) {
            // the tab and the heading carry the dashboard's name, never the layout's own markup
            assertThat(page).doesNotContain("th:text").containsPattern("<title>[^<]*\\p{L}[^<]*</title>")
                    .containsPattern("<h1>[^<]*\\p{L}[^<]*</h1>");
        }
        byte[] dashboardPdf = mvc.perform(get(base(cite) + "/actions/" + homework.getId() + "/tableau.pdf")
                .with(user(me(lecteur)))).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(dashboardPdf)).contains("Élèves accompagnés").contains("cible 60 (80 %)");

        // the annual review, validated by the troïka, exported
        evaluation.record(cite.getId(), workspaceLevel.getId(), "2025-2026",
                java.util.Map.of(Breakdown.WHOLE, new java.math.BigDecimal("412")), null, null, false);
        mvc.perform(post(base(cite) + "/revues").with(csrf()).with(user(me(pilote))).param("annee", "2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base(cite) + "/revues/2026/recit").with(csrf()).with(user(me(pilote))).param("version", "0")
                        .param("texte.COMMUNICATION", "<p>Une lettre aux familles <script>alert(1)</script>chaque trimestre.</p>"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base(cite) + "/revues/2026/validateurs").with(csrf()).with(user(me(pilote)))
                .param("validateurs", String.valueOf(pilote.getId()), String.valueOf(lecteur.getId())));
        mvc.perform(post(base(cite) + "/revues/2026/approuver").with(csrf()).with(user(me(contributeur))))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(cite) + "/revues/2026/approuver").with(csrf()).with(user(me(lecteur))));
        assertThat(reviews.review(cite.getId(), 2026).isValidated()).isFalse();
        mvc.perform(post(base(cite) + "/revues/2026/approuver").with(csrf()).with(user(me(pilote))));
        assertThat(reviews.review(cite.getId(), 2026).isValidated()).isTrue();
        mvc.perform(get(base(cite) + "/revues/2026").with(user(me(lecteur))))
                .andExpect(content().string(containsString("Une lettre aux familles chaque trimestre.")))
                .andExpect(content().string(not(containsString("alert(1)"))))
                .andExpect(content().string(containsString("Promouvoir la continuité éducative")))
                .andExpect(content().string(containsString("Revue de projet 2026")));
        byte[] pdf = mvc.perform(get(base(cite) + "/revues/2026/revue.pdf").with(user(me(lecteur))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("Revue de projet 2026").contains("Déploiement des actions")
                .contains("Une lettre aux familles chaque trimestre.").contains("Enfants touchés")
                .contains("Valeur 2025-2026 : 412, cible 450 (92 %)")
                .contains("Validée");
        byte[] xlsx = mvc.perform(get(base(cite) + "/revues/2026/revue.xlsx").with(user(me(lecteur))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("Synthèse").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Revue de projet 2026 — Cité éducative Valenciennes – Anzin");
            var evaluationSheet = workbook.getSheet("Évaluation");
            boolean found = false;
            for (var row : evaluationSheet) {
                if (row.getCell(0).getStringCellValue().equals("Enfants touchés")
                        && "2025-2026".equals(row.getCell(1).getStringCellValue())) {
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(412.0);
                    assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(450.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(workbook.getSheet("Déploiement").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Promouvoir la continuité éducative");
        }
    }

    @Test
    void a_campaign_link_opens_nothing_of_another_workspace_and_guesses_learn_nothing() throws Exception {
        mvc.perform(get("/portail/saisie/" + fr.maillage.shared.Tokens.random())).andExpect(status().isGone())
                .andExpect(content().string(containsString("Lien inactif")));
        mvc.perform(get("/portail/saisie/court")).andExpect(status().isGone());
        mvc.perform(get(base(cite) + "/campagnes").with(user(me(outsider)))).andExpect(status().isNotFound());
        mvc.perform(get(base(cite) + "/revues").with(user(me(outsider)))).andExpect(status().isNotFound());
    }

    @Autowired
    CampaignManagement campaigns;

    @Autowired
    ReviewManagement reviews;

    private static String linkSentTo(String address) throws Exception {
        MimeMessage[] received = TestInfrastructure.mail().getReceivedMessages();
        List<MimeMessage> mine = Arrays.stream(received).filter(m -> recipient(m).equals(address)).toList();
        assertThat(mine).isNotEmpty();
        String text = String.valueOf(mine.get(mine.size() - 1).getContent());
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
