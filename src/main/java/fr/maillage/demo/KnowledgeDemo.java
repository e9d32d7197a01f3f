package fr.maillage.demo;

import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.FeedEntry;
import fr.maillage.knowledge.KnowledgeManagement;
import fr.maillage.knowledge.LibraryManagement;
import fr.maillage.knowledge.Licence;
import fr.maillage.knowledge.ResourceDetails;
import fr.maillage.knowledge.ResourceKind;
import fr.maillage.knowledge.NewsWatch;
import fr.maillage.knowledge.SheetDetails;
import fr.maillage.knowledge.WatchSource;
import fr.maillage.workspace.Workspace;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The knowledge part of the demonstration: published experience sheets on the public portal (one
 * about "soutien à la parentalité"), a draft in review, and a news watch whose sources point to
 * nothing reachable, so they are paused, with a few items already read; a few library documents.
 */
@Component
class KnowledgeDemo implements DemoContribution {

    private final KnowledgeManagement knowledge;
    private final NewsWatch watch;
    private final LibraryManagement library;

    KnowledgeDemo(KnowledgeManagement knowledge, NewsWatch watch, LibraryManagement library) {
        this.knowledge = knowledge;
        this.watch = watch;
        this.library = library;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void load(Demo demo) {
        Workspace pma = demo.workspace("pma");
        Workspace bfc = demo.workspace("bfc");
        Workspace valenciennes = demo.workspace("valenciennes");
        Long pilote = demo.user("pilote").getId();
        Long crpv = demo.user("crpv").getId();
        Long cite = demo.user("cite").getId();
        knowledge.chooseLicence(bfc.getId(), Licence.CC_BY_4);
        publish(pma, pilote, sheet("Café des parents de la Petite Hollande",
                "Un lieu d'accueil hebdomadaire pour le soutien à la parentalité, animé avec le centre social et "
                        + "la PMI au pied des immeubles.",
                Set.of("25388"), Set.of("QN02501M"), Set.of("parentalite", "education"),
                "Parents d'enfants de 0 à 11 ans, 35 familles accueillies sur l'année",
                "Les professionnels constataient l'isolement de nombreux parents, surtout des mères seules, et "
                        + "une faible fréquentation des lieux d'accueil existants, jugés trop éloignés.",
                "Rompre l'isolement des parents.\n\nFavoriser les échanges entre parents et professionnels.\n\n"
                        + "Faire connaître les ressources du quartier.",
                "Un accueil chaque mardi matin dans un local de bailleur, un atelier mensuel animé par une "
                        + "psychologue de la PMI, des sorties familiales pendant les vacances.",
                "12 000 € par an : contrat de ville (État 6 000 €), CAF (4 000 €), commune (2 000 €).",
                "35 familles, dont 20 venues au moins cinq fois ; trois parents sont devenus bénévoles.",
                "Le local partagé limite les horaires ; la mobilisation des pères reste difficile.",
                "Transférable dans tout quartier disposant d'un local de proximité et d'un partenariat avec la PMI."));
        publish(pma, pilote, sheet("Permanences de médiation numérique",
                "Des permanences hebdomadaires pour accompagner les habitants dans leurs démarches en ligne.",
                Set.of("25031"), Set.of("QN02503I"), Set.of("numerique", "acces-aux-droits"),
                "Habitants éloignés du numérique, seniors", "La dématérialisation des démarches laisse de côté "
                        + "de nombreux habitants.", "Accompagner sans faire à la place.",
                "Deux conseillers numériques tiennent quatre permanences par semaine.",
                "Poste de conseiller numérique financé par l'État ; ordinateurs prêtés par la médiathèque.",
                "420 accompagnements en un an, 60 % de demandes liées à la CAF et à France Travail.",
                "L'attente est longue en début de mois.", "Transférable avec un lieu repéré et un conseiller formé."));
        publish(valenciennes, cite, sheet("Vacances apprenantes au collège Jules Ferry",
                "Deux semaines de remise à niveau et d'activités culturelles pour les élèves de 6e en août.",
                Set.of("59014"), Set.of("QN05901M"), Set.of("education", "culture", "jeunesse"),
                "Élèves entrant en 6e", "Une rentrée difficile pour les élèves les plus fragiles.",
                "Préparer l'entrée au collège.", "Matinées de français et mathématiques, après-midis culturels.",
                "Crédits de la cité éducative, 18 000 €.", "48 élèves, assiduité de 85 %.",
                "Recruter des enseignants volontaires en août.", "Transférable dans toute cité éducative."));
        publish(bfc, crpv, sheet("Cycle de qualification des conseillers citoyens",
                "Quatre journées de formation pour les membres des conseils citoyens de la région.", Set.of(),
                Set.of(), Set.of("participation"), "Conseillers citoyens", "Des conseils citoyens peu outillés.",
                "Donner les clés de la politique de la ville.", "Quatre sessions thématiques dans quatre villes.",
                "Crédits du centre de ressources.", "62 participants, satisfaction de 4,5 sur 5.",
                "La mobilisation en semaine.", "Transférable par tout centre de ressources."));
        publish(bfc, crpv, sheet("Jardins partagés au pied des tours",
                "Des parcelles cultivées par les habitants avec l'appui d'une association d'insertion.", Set.of(),
                Set.of(), Set.of("cadre-de-vie", "insertion"), "Habitants, salariés en insertion",
                "Des espaces verts délaissés.", "Créer du lien et améliorer le cadre de vie.",
                "Aménagement de 30 parcelles, animations mensuelles.", "Bailleur, commune, fonds TFPB.",
                "30 familles jardinières.", "Les dégradations de la première année.",
                "Transférable avec un bailleur partenaire."));
        publish(pma, pilote, sheet("Sport au féminin dans les quartiers",
                "Des créneaux sportifs réservés aux femmes, avec garde d'enfants.", Set.of("25284"), Set.of(),
                Set.of("sport", "sante"), "Femmes des quartiers prioritaires", "Peu de femmes dans les clubs.",
                "Favoriser la pratique sportive des femmes.", "Trois créneaux par semaine, garde d'enfants sur place.",
                "Contrat de ville et ARS.", "80 inscrites.", "Trouver des éducatrices sportives.",
                "Transférable avec un club volontaire."));
        ExperienceSheet review = knowledge.create(pma.getId(), demo.user("contributeur").getId(), null,
                sheet("Chantiers éducatifs d'été", "Des chantiers rémunérés pour les 16-18 ans.", Set.of("25388"),
                        Set.of(), Set.of("jeunesse", "insertion"), "Jeunes de 16 à 18 ans", null, null, null, null,
                        null, null, null));
        knowledge.submit(pma.getId(), review.getId(), review.getVersion());
        watch(pma, bfc);
        library(pma, bfc);
    }

    private void library(Workspace pma, Workspace bfc) {
        resource(pma, "Compte rendu du COPIL du 14 octobre 2026", ResourceKind.COMPTE_RENDU, Set.of("education"),
                LocalDate.of(2026, 10, 14), "Équipe projet du contrat de ville",
                "Le comité de pilotage valide la programmation 2027 et les priorités de l'appel à projets.",
                "La parentalité et la réussite éducative restent prioritaires dans les quartiers.");
        resource(bfc, "Synthèse des rencontres régionales de la parentalité", ResourceKind.SYNTHESE,
                Set.of("parentalite"), LocalDate.of(2026, 6, 20), "Centre de ressources",
                "Trois ateliers ont réuni 80 professionnels autour du soutien à la parentalité.",
                "Les cafés des parents et les lieux d'accueil enfants-parents sont les actions les plus citées.");
        resource(bfc, "Guide de la participation des habitants", ResourceKind.GUIDE, Set.of("participation"),
                LocalDate.of(2025, 3, 1), "Centre de ressources",
                "Conseils citoyens, tables de quartier, maisons du projet : des formats pour faire participer.",
                "Le tirage au sort et la parité sont des garanties de représentativité.");
    }

    private void resource(Workspace workspace, String title, ResourceKind kind, Set<String> themes, LocalDate date,
            String author, String... lines) {
        library.add(workspace.getId(), new ResourceDetails(title, kind, themes, null, date, author, null),
                title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf",
                new ByteArrayInputStream(pdf(title, lines)));
    }

    /** A small PDF of a few lines, as the demonstration's documents. */
    private static byte[] pdf(String title, String... lines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.newLineAtOffset(50, 720);
                content.showText(title);
                for (String line : lines) {
                    content.newLineAtOffset(0, -18);
                    content.showText(line);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(Workspace workspace, Long author, SheetDetails details) {
        ExperienceSheet sheet = knowledge.create(workspace.getId(), author, null, details);
        knowledge.submit(workspace.getId(), sheet.getId(), sheet.getVersion());
        // the submission is flushed by the next query: read the version the publication must match
        knowledge.publish(workspace.getId(), sheet.getId(), knowledge.sheet(workspace.getId(), sheet.getId()).getVersion());
    }

    private static SheetDetails sheet(String title, String summary, Set<String> communes, Set<String> qpvs,
            Set<String> themes, String publics, String context, String objectives, String activities, String means,
            String results, String lessons, String transferability) {
        return new SheetDetails(title, summary, communes, qpvs, null, Set.of(), themes, publics,
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), context, objectives, activities, means, results,
                lessons, transferability, null);
    }

    private void watch(Workspace pma, Workspace bfc) {
        Instant now = Instant.now();
        WatchSource anct = watch.addSource(bfc.getId(), "ANCT — actualités de la politique de la ville",
                "https://veille.invalid/anct/rss");
        WatchSource observatoire = watch.addSource(bfc.getId(), "Observatoire national de la politique de la ville",
                "https://veille.invalid/onpv/atom");
        WatchSource local = watch.addSource(pma.getId(), "Presse locale — Pays de Montbéliard",
                "https://veille.invalid/presse/rss");
        watch.record(anct.getId(), List.of(
                new FeedEntry("demo-anct-1", "Engagements Quartiers 2030 : les contrats de ville signés",
                        "https://veille.invalid/anct/1", "Point d'étape sur la signature des contrats de ville.",
                        now.minus(3, ChronoUnit.DAYS)),
                new FeedEntry("demo-anct-2", "Cités éducatives : appel à candidatures pour la labellisation 2027",
                        "https://veille.invalid/anct/2", "Les territoires ont jusqu'au 31 janvier pour candidater.",
                        now.minus(5, ChronoUnit.DAYS))), now);
        watch.record(observatoire.getId(), List.of(
                new FeedEntry("demo-onpv-1", "Rapport annuel : le soutien à la parentalité dans les quartiers",
                        "https://veille.invalid/onpv/1", "Un état des lieux des actions de soutien à la parentalité.",
                        now.minus(2, ChronoUnit.DAYS))), now);
        watch.record(local.getId(), List.of(
                new FeedEntry("demo-presse-1", "Les Buis : le café des parents fête sa première année",
                        "https://veille.invalid/presse/1", "Une quarantaine de familles accueillies.",
                        now.minus(1, ChronoUnit.DAYS))), now);
        watch.pause(bfc.getId(), anct.getId(), true);
        watch.pause(bfc.getId(), observatoire.getId(), true);
        watch.pause(pma.getId(), local.getId(), true);
    }
}
