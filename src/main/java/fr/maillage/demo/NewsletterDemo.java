package fr.maillage.demo;

import fr.maillage.newsletter.Issue;
import fr.maillage.newsletter.NewsletterManagement;
import fr.maillage.workspace.Workspace;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The newsletter of the centre de ressources Bourgogne-Franche-Comté: open to subscriptions, a list
 * of subscribers brought from its former mailing tool, and the next issue in draft.
 */
@Component
class NewsletterDemo implements DemoContribution {

    private final NewsletterManagement newsletters;

    NewsletterDemo(NewsletterManagement newsletters) {
        this.newsletters = newsletters;
    }

    @Override
    public int order() {
        return 85;
    }

    @Override
    public void load(Demo demo) {
        Workspace bfc = demo.workspace("bfc");
        newsletters.describe(bfc.getId(), -1, "La lettre du centre de ressources Bourgogne-Franche-Comté",
                "Chaque mois : les nouvelles fiches d'expériences de la région, les rencontres et journées de "
                        + "qualification à venir, et une sélection de la veille sur la politique de la ville.",
                true);
        Instant now = Instant.now();
        List<String> addresses = List.of("chefdeprojet.besancon@exemple.fr", "cite.educative.dijon@exemple.fr",
                "pre.montbeliard@exemple.fr", "centre.social.planoise@exemple.fr", "delegue.prefet.nievre@exemple.fr",
                "adulte.relais.auxerre@exemple.fr", "conseil.citoyen.chalon@exemple.fr");
        for (int i = 0; i < addresses.size(); i++) {
            Instant consent = now.minus(Duration.ofDays(40L + 9L * i));
            newsletters.importConfirmed(bfc.getId(), addresses.get(i), consent, consent.plus(Duration.ofMinutes(12)));
        }
        Issue issue = newsletters.createIssue(bfc.getId(), "Lettre de décembre 2026",
                "<p>Bonjour à toutes et à tous,</p><p>Ce numéro revient sur la <strong>journée régionale des cités "
                        + "éducatives</strong> et ouvre les inscriptions au prochain cycle de qualification.</p>");
        newsletters.addText(bfc.getId(), issue.getId(), "Cycle de qualification « Participation des habitants »",
                "<p>Trois demi-journées à Besançon, Dijon et en visioconférence, pour les chefs de projet et "
                        + "les animateurs de conseils citoyens.</p><ul><li>Mobiliser les habitants éloignés</li>"
                        + "<li>Faire vivre un conseil citoyen</li><li>Évaluer la participation</li></ul>");
        newsletters.addText(bfc.getId(), issue.getId(), "Appel à contributions",
                "<p>Vous avez mené une action qui a fonctionné ? Écrivez-nous pour en faire une "
                        + "<a href=\"https://exemple.fr/contact\">fiche d'expérience</a>.</p>");
    }
}
