package fr.maillage.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import com.icegreen.greenmail.util.GreenMailUtil;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.testing.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What leaves Maillage: the SCDL open-data file (parsed back), the COPIL programme as PDF (its text
 * read with PDFBox), the carrier's history, and the reminder mails of overdue reports.
 */
@Tag("database")
class FundingDocumentsTests extends FundingTestSupport {

    @Autowired
    ReportReminders reminders;

    @Autowired
    MailOutbox outbox;

    @Test
    void the_scdl_file_has_the_schema_columns_and_formats_and_reports_what_it_leaves_out() throws Exception {
        Organisation association = directory.createOrganisation(new OrganisationDetails("Les Petits Débrouillards",
                null, OrganisationKind.ASSOCIATION, "73282932000074", "W251002345", null, null, null, "25388",
                Set.of(), Set.of(), null, null, null));
        envelopes.define(montbeliard.getId(), Funder.ETAT_BOP147, 2027, eur("500000"), null,
                "Préfecture du Doubs", "21590003600009", null);
        Application granted = notified(association.getId(), "Science en bas des tours", "47800.20");
        Long lineId = funding.lines(granted.getId()).get(0).getId();
        instruction.recordPayment(montbeliard.getId(), granted.getId(), lineId, PaymentKind.AVANCE,
                LocalDate.of(2027, 5, 2), eur("20000"), actor(pilote));
        instruction.recordPayment(montbeliard.getId(), granted.getId(), lineId, PaymentKind.SOLDE,
                LocalDate.of(2027, 11, 15), eur("27800.20"), actor(pilote));
        Application withoutAttribuant = notified(association.getId(), "Soutien CAF", "1000", Funder.CAF);

        String csv = mvc.perform(get(base(montbeliard) + "/scdl.csv").param("financeur", "ETAT_BOP147")
                        .param("annee", "2027").with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("subventions-etat_bop147-2027.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).doesNotStartWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).toList()).containsExactly("nomAttribuant", "idAttribuant", "dateConvention",
                "referenceDecision", "nomBeneficiaire", "idBeneficiaire", "rnaBeneficiaire", "objet", "montant",
                "nature", "conditionsVersement", "datesPeriodeVersement", "idRAE", "notificationUE",
                "pourcentageSubvention", "dispositifAide");
        assertThat(records).hasSize(2);
        assertThat(records.get(1).toList()).containsExactly("Préfecture du Doubs", "21590003600009", "2027-04-02",
                "CONV-Science en bas des tours", "Les Petits Débrouillards", "73282932000074", "W251002345",
                "Science en bas des tours", "47800.20", "aide en numéraire", "échelonné", "2027-05-02/2027-11-15", "",
                "non", "1.00", "");

        assertThat(scdl.check(montbeliard.getId(), Funder.ETAT_BOP147, 2027).problems()).isEmpty();
        ScdlExport.Outcome check = scdl.check(montbeliard.getId(), Funder.CAF, 2027);
        assertThat(check.written()).isZero();
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.reference()).isEqualTo(withoutAttribuant.getReference());
            assertThat(p.reason()).contains("idAttribuant manquant");
        });
        mvc.perform(get(base(montbeliard) + "/scdl").param("financeur", "CAF").param("annee", "2027")
                        .with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("1 subvention écartée")));
    }

    @Test
    void the_national_scdl_file_holds_every_workspace_and_optionally_every_funder() throws Exception {
        Organisation association = directory.createOrganisation(new OrganisationDetails("Atelier national des sciences",
                null, OrganisationKind.ASSOCIATION, "44187654700015", null, null, null, null, "25388",
                Set.of(), Set.of(), null, null, null));
        envelopes.define(montbeliard.getId(), Funder.ETAT_BOP147, 2027, eur("500000"), null,
                "Préfecture du Doubs", "21590003600009", null);
        envelopes.define(montbeliard.getId(), Funder.CAF, 2027, eur("200000"), null,
                "CAF du Doubs", "22591000900011", null);
        notified(association.getId(), "Fête de la science nationale", "3000");
        notified(association.getId(), "Parents et sciences nationaux", "2000", Funder.CAF);
        fr.maillage.account.UserAccount admin = users.create("Ada Admin", true);

        String everyFunder = mvc.perform(get("/admin/financements/scdl.csv").param("annee", "2027")
                        .with(user(me(admin))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("subventions-tous-financeurs-2027-national.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(CSVFormat.RFC4180.parse(new StringReader(everyFunder)).getRecords())
                .extracting(r -> r.get(0) + " / " + r.get(7))
                .contains("Préfecture du Doubs / Fête de la science nationale",
                        "CAF du Doubs / Parents et sciences nationaux");
        String state = mvc.perform(get("/admin/financements/scdl.csv").param("annee", "2027")
                        .param("financeur", "ETAT_BOP147").with(user(me(admin))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(state).contains("Fête de la science nationale").doesNotContain("Parents et sciences nationaux");
        mvc.perform(get("/admin/financements/scdl.csv").param("annee", "2027").with(user(me(pilote))))
                .andExpect(status().isForbidden());
    }

    @Autowired
    ScdlExport scdl;

    @Test
    void a_beneficiary_with_neither_siret_nor_rna_is_listed_with_its_fix_and_the_aid_scheme_comes_from_the_call()
            throws Exception {
        Organisation unidentified = directory.createOrganisation(new OrganisationDetails("Collectif des Buis", null,
                OrganisationKind.ASSOCIATION, null, null, null, null, null, "25388", Set.of(), Set.of(), null, null,
                null));
        Organisation identified = directory.createOrganisation(new OrganisationDetails("Association Rna seul", null,
                OrganisationKind.ASSOCIATION, null, "W251009876", null, null, null, "25388", Set.of(), Set.of(), null,
                null, null));
        envelopes.define(montbeliard.getId(), Funder.ETAT_BOP147, 2027, eur("500000"), null,
                "Préfecture du Doubs", "21590003600009", null);
        CallForProjects call = funding.createCall(montbeliard.getId(), new CallDetails(2027, "Appel à projets 2027",
                null, null, LocalDate.of(2026, 11, 30), Set.of(Funder.ETAT_BOP147), List.of(),
                "65d5b6c7-102c-4440-ac3b-768f708edc0a"));
        Application rejected = notified(unidentified.getId(), "Jardin partagé", "3000", Funder.ETAT_BOP147,
                call.getId());
        notified(identified.getId(), "Atelier vélo", "2000", Funder.ETAT_BOP147, call.getId());

        ScdlExport.Outcome check = scdl.check(montbeliard.getId(), Funder.ETAT_BOP147, 2027);
        assertThat(check.written()).isEqualTo(1);
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.reference()).isEqualTo(rejected.getReference());
            assertThat(p.reason()).contains("idBeneficiaire et rnaBeneficiaire manquants").contains("Collectif des Buis");
            assertThat(p.inDirectory()).isTrue();
        });
        String csv = mvc.perform(get(base(montbeliard) + "/scdl.csv").param("financeur", "ETAT_BOP147")
                        .param("annee", "2027").with(user(me(lecteur))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(6)).isEqualTo("W251009876");
        assertThat(records.get(1).get(15)).isEqualTo("65d5b6c7-102c-4440-ac3b-768f708edc0a");
        mvc.perform(get(base(montbeliard) + "/scdl").param("financeur", "ETAT_BOP147").param("annee", "2027")
                        .with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("/annuaire/organisations/" + unidentified.getId() + "/modifier")));
    }

    @Test
    void the_copil_programme_prints_as_pdf_with_axes_and_totals() throws Exception {
        instructed(montbeliard, "Atelier parents", Funder.ETAT_BOP147, "12000", Funder.CAF, "4000");
        instructed(montbeliard, "Sport au pied des tours", Funder.EPCI, "8000");
        byte[] pdf = mvc.perform(get(base(montbeliard) + "/programme.pdf").param("annee", "2027")
                        .with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("[ \\r\\n]+", " ");
            assertThat(text).contains("Programmation 2027 — Contrat de ville de Montbéliard")
                    .contains("Axe 1 — Éducation").contains("Atelier parents").contains("Sport au pied des tours")
                    .contains("État (BOP 147)").contains("Total général").contains("24\u00a0000,00 €")
                    .contains("2 dossiers");
        }
        String checked = fr.maillage.testing.PdfChecks.accessibleText(pdf);
        assertThat(checked).contains("Total demandé", "Total proposé");
        assertThat(checked.split("Total général", -1)).hasSize(2);
    }

    @Test
    void overdue_reports_are_reminded_by_mail_to_the_carriers_contact_once_a_month() throws Exception {
        Application application = funding.createApplication(montbeliard.getId(), InstructionFlowsTests.in2024(
                details(montbeliard, null, "Action 2024", budget(Funder.CAF, "3000"))), actor(pilote));
        for (FundingStatus target : List.of(FundingStatus.DEPOSE, FundingStatus.RECEVABLE)) {
            instruction.move(montbeliard.getId(), application.getId(), null, target, "", actor(pilote));
        }
        Long lineId = funding.lines(application.getId()).get(0).getId();
        instruction.giveOpinion(montbeliard.getId(), application.getId(), lineId, Opinion.FAVORABLE, eur("3000"), "",
                actor(pilote));
        instruction.validate(montbeliard.getId(), application.getId(), lineId, null, "", actor(pilote));
        instruction.recordDecision(montbeliard.getId(), application.getId(), lineId, DecisionKind.ARRETE, "CAF-1",
                LocalDate.of(2024, 3, 1), null, null, null, null, actor(pilote));
        assertThat(instruction.reports(application.getId())).singleElement()
                .satisfies(r -> assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2025, 6, 30)));
        assertThat(reminders.remindOverdue(LocalDate.now())).isPositive();
        assertThat(reminders.remindOverdue(LocalDate.now())).isZero();
        outbox.flush();
        MimeMessage[] received = TestInfrastructure.mail().getReceivedMessagesForDomain("buis.example.org");
        assertThat(Arrays.stream(received).filter(m -> subject(m).contains(application.getReference())))
                .singleElement().satisfies(m -> assertThat(GreenMailUtil.getBody(m)).contains("30/06/2025"));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Application notified(Long carrierId, String title, String amount) {
        return notified(carrierId, title, amount, Funder.ETAT_BOP147);
    }

    private Application notified(Long carrierId, String title, String amount, Funder funder) {
        return notified(carrierId, title, amount, funder, null);
    }

    private Application notified(Long carrierId, String title, String amount, Funder funder, Long callId) {
        ApplicationDetails d = details(montbeliard, null, title, budget(funder, amount));
        Application application = funding.createApplication(montbeliard.getId(), new ApplicationDetails(callId, 2027,
                carrierId, null, null, null, d.axisLabel(), title, null, null, null, false, false, Set.of(), d.budget()),
                actor(pilote));
        for (FundingStatus target : List.of(FundingStatus.DEPOSE, FundingStatus.RECEVABLE)) {
            instruction.move(montbeliard.getId(), application.getId(), null, target, "", actor(pilote));
        }
        Long lineId = funding.lines(application.getId()).get(0).getId();
        instruction.giveOpinion(montbeliard.getId(), application.getId(), lineId, Opinion.FAVORABLE, eur(amount), "",
                actor(pilote));
        instruction.validate(montbeliard.getId(), application.getId(), lineId, null, "", actor(pilote));
        instruction.recordDecision(montbeliard.getId(), application.getId(), lineId, DecisionKind.CONVENTION,
                "CONV-" + title.substring(0, Math.min(title.length(), 30)), LocalDate.of(2027, 4, 2), null, null,
                null, null, actor(pilote));
        return application;
    }

    static java.math.BigDecimal eur(String amount) {
        return new java.math.BigDecimal(amount).setScale(2);
    }
}
