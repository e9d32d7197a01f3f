package fr.maillage.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.governance.ProgrammeValidated;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DOMAIN.md scenarios 2 and 3 through the pages: instruction with missing pieces, COTECH scoring and
 * opinions per funder, the COPIL validating the programme as proposed (from the list, and from
 * governance's decision), the programme table, decisions, conventions, advances and overdue reports.
 */
@Tag("database")
class InstructionFlowsTests extends FundingTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void scenario_2_instruction_cotech_and_copil_then_the_programme_table() throws Exception {
        CallForProjects call = call(montbeliard);
        funding.publishCall(montbeliard.getId(), call.getId());
        Application parents = funding.createApplication(montbeliard.getId(), FundingFlowsTests.withAssignee(
                details(montbeliard, call.getId(), "Atelier parents", budget(Funder.ETAT_BOP147, "12000", Funder.CAF,
                        "4000")), contributeur.getId()), actor(contributeur));
        Application sport = funding.createApplication(montbeliard.getId(), details(montbeliard, call.getId(),
                "Sport au pied des tours", budget(Funder.EPCI, "8000", Funder.COMMUNE, "2000")), actor(contributeur));
        String page = base(montbeliard) + "/dossiers/" + parents.getId();
        mvc.perform(post(page + "/transition").with(csrf()).with(user(me(contributeur))).param("target", "DEPOSE"));
        mvc.perform(post(page + "/pieces").with(csrf()).with(user(me(pilote)))
                        .param("pieces", "Statuts de l'association\nDernier bilan approuvé"))
                .andExpect(flash().attribute("flashSuccess", containsString("à compléter")));
        mvc.perform(get(page).with(user(me(contributeur)))).andExpect(content().string(containsString("Dernier bilan approuvé")))
                .andExpect(content().string(containsString("À compléter")));
        mvc.perform(post(page + "/transition").with(csrf()).with(user(me(contributeur))).param("target", "DEPOSE"));
        mvc.perform(post(page + "/transition").with(csrf()).with(user(me(pilote))).param("target", "RECEVABLE")
                .param("comment", "Dossier complet"));
        mvc.perform(post(page + "/notation").with(csrf()).with(user(me(pilote))).param("score0", "4").param("score1", "3"))
                .andExpect(flash().attribute("flashSuccess", containsString("notation")));
        mvc.perform(post(page + "/notation").with(csrf()).with(user(me(pilote))).param("score0", "9"))
                .andExpect(flash().attribute("flashError", "La note du critère « Présence dans les QPV » doit être comprise entre 0 et 5."));
        List<FundingLine> lines = funding.lines(parents.getId());
        FundingLine state = lines.stream().filter(l -> l.getFunder() == Funder.ETAT_BOP147).findFirst().orElseThrow();
        FundingLine caf = lines.stream().filter(l -> l.getFunder() == Funder.CAF).findFirst().orElseThrow();
        mvc.perform(post(page + "/lignes/" + state.getId() + "/avis").with(csrf()).with(user(me(pilote)))
                .param("opinion", "FAVORABLE").param("proposed", "10000").param("comment", "Action structurante"));
        mvc.perform(post(page + "/lignes/" + caf.getId() + "/avis").with(csrf()).with(user(me(pilote)))
                .param("opinion", "DEFAVORABLE").param("proposed", "0"));
        for (String target : List.of("DEPOSE", "RECEVABLE")) {
            instruction.move(montbeliard.getId(), sport.getId(), null, FundingStatus.valueOf(target), "", actor(pilote));
        }
        for (FundingLine line : funding.lines(sport.getId())) {
            instruction.giveOpinion(montbeliard.getId(), sport.getId(), line.getId(), Opinion.RESERVE,
                    line.getRequested(), "", actor(pilote));
        }
        mvc.perform(get(page).with(user(me(lecteur)))).andExpect(content().string(containsString("Notation COTECH : 11 / 15")));

        byte[] xlsx = mvc.perform(get(base(montbeliard) + "/programme.xlsx").param("annee", "2027").with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("programmation-2027.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("État (BOP 147)");
            Row last = sheet.getRow(sheet.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("Total général");
            int proposedColumn = last.getLastCellNum() - 1;
            assertThat(last.getCell(proposedColumn).getNumericCellValue()).isEqualTo(20000.0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Axe 1 — Éducation");
        }

        mvc.perform(post(base(montbeliard) + "/dossiers/valider-programmation").with(csrf()).with(user(me(pilote)))
                        .param("selection", parents.getId().toString(), sport.getId().toString())
                        .param("comment", "COPIL du 12 mars 2027"))
                .andExpect(flash().attribute("flashSuccess", "3 lignes validées, 1 refusée."));
        assertThat(funding.lines(parents.getId())).extracting(FundingLine::getFunder, FundingLine::getStatus,
                FundingLine::getGranted).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Funder.ETAT_BOP147, FundingStatus.VALIDE, eur("10000")),
                        org.assertj.core.groups.Tuple.tuple(Funder.CAF, FundingStatus.REFUSE, null));
        mvc.perform(get(page).with(user(me(lecteur))))
                .andExpect(content().string(containsString("COPIL du 12 mars 2027")))
                .andExpect(content().string(containsString("État (BOP 147) : Instruit → Validé (COPIL)")))
                .andExpect(content().string(containsString("par Claire Pilote")));
        mvc.perform(post(base(montbeliard) + "/dossiers/valider-programmation").with(csrf()).with(user(me(contributeur)))
                .param("selection", parents.getId().toString())).andExpect(status().isForbidden());
    }

    @Test
    void scenario_3_decisions_conventions_payments_dashboard_and_overdue_reports() throws Exception {
        Application application = instructed(montbeliard, "Chantier éducatif", Funder.ETAT_BOP147, "30000",
                Funder.CAF, "5000");
        instruction.validateProgramme(montbeliard.getId(), List.of(application.getId()), "COPIL", actor(pilote));
        String page = base(montbeliard) + "/dossiers/" + application.getId();
        FundingLine state = line(application, Funder.ETAT_BOP147);
        FundingLine caf = line(application, Funder.CAF);
        mvc.perform(get(page).with(user(me(pilote))))
                .andExpect(content().string(containsString("devra prendre la forme d’une convention")));
        mvc.perform(post(page + "/lignes/" + state.getId() + "/decision").with(csrf()).with(user(me(pilote)))
                        .param("kind", "ARRETE").param("reference", "ARR-2027-12").param("signedOn", "2027-04-02"))
                .andExpect(flash().attribute("flashError", containsString("Une convention est obligatoire au-delà de 23 000 €")));
        mvc.perform(post(page + "/lignes/" + state.getId() + "/decision").with(csrf()).with(user(me(pilote)))
                        .param("kind", "CONVENTION").param("reference", "CONV-2027-12").param("signedOn", "2027-04-02"))
                .andExpect(flash().attribute("flashSuccess", containsString("notifiée")));
        mvc.perform(post(page + "/lignes/" + caf.getId() + "/decision").with(csrf()).with(user(me(pilote)))
                        .param("kind", "ARRETE").param("reference", "CAF-2027-3").param("signedOn", "2027-04-10"))
                .andExpect(flash().attribute("flashSuccess", containsString("notifiée")));
        mvc.perform(post(page + "/lignes/" + state.getId() + "/versement").with(csrf()).with(user(me(pilote)))
                        .param("kind", "AVANCE").param("paidOn", "2027-05-02").param("amount", "15000"))
                .andExpect(flash().attribute("flashSuccess", containsString("versement")));
        mvc.perform(post(page + "/lignes/" + state.getId() + "/versement").with(csrf()).with(user(me(pilote)))
                        .param("kind", "SOLDE").param("paidOn", "2027-12-02").param("amount", "15000.01"))
                .andExpect(flash().attribute("flashError", "Verser 15\u202f000,01 € dépasserait la subvention accordée (30\u202f000,00 €) : il reste 15\u202f000,00 € à verser."));
        assertThat(line(application, Funder.ETAT_BOP147).getStatus()).isEqualTo(FundingStatus.VERSE_PARTIELLEMENT);
        instruction.recordPayment(montbeliard.getId(), application.getId(), caf.getId(), PaymentKind.SOLDE,
                LocalDate.of(2027, 6, 1), eur("5000"), actor(pilote));
        assertThat(line(application, Funder.CAF).getStatus()).isEqualTo(FundingStatus.VERSE);

        mvc.perform(get(base(montbeliard) + "/tableau-de-bord").param("annee", "2027").with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("30\u202f000,00 €")))
                .andExpect(content().string(containsString("20\u202f000,00 €")))
                .andExpect(content().string(containsString("Axe 1 — Éducation")))
                .andExpect(content().string(containsString("QN02501M")))
                .andExpect(content().string(containsString("Aucun compte rendu en retard.")));

        Application old = funding.createApplication(montbeliard.getId(), in2024(details(montbeliard, null,
                "Action 2024 sans compte rendu", budget(Funder.CAF, "3000"))), actor(pilote));
        for (FundingStatus target : List.of(FundingStatus.DEPOSE, FundingStatus.RECEVABLE)) {
            instruction.move(montbeliard.getId(), old.getId(), null, target, "", actor(pilote));
        }
        instruction.giveOpinion(montbeliard.getId(), old.getId(), line(old, Funder.CAF).getId(), Opinion.FAVORABLE,
                eur("3000"), "", actor(pilote));
        instruction.validateProgramme(montbeliard.getId(), List.of(old.getId()), "COPIL", actor(pilote));
        instruction.recordDecision(montbeliard.getId(), old.getId(), line(old, Funder.CAF).getId(),
                DecisionKind.ARRETE, "CAF-2024-1", LocalDate.of(2024, 3, 1), null, null, null, null, actor(pilote));
        mvc.perform(get(base(montbeliard) + "/tableau-de-bord").with(user(me(lecteur))))
                .andExpect(content().string(containsString("Comptes rendus en retard")))
                .andExpect(content().string(containsString("30/06/2025")));
    }

    @Test
    void governance_copil_decision_validates_the_listed_applications_in_the_same_transaction() {
        Application first = instructed(montbeliard, "Accompagnement scolaire", Funder.ETAT_BOP147, "8000");
        Application foreign = instructed(valenciennes, "Autre espace", Funder.ETAT_BOP147, "8000");
        transactions.executeWithoutResult(status -> events.publishEvent(new ProgrammeValidated(montbeliard.getId(),
                41L, 42L, LocalDate.of(2027, 3, 12), "COPIL-2027-03 — Programmation 2027",
                List.of(first.getId(), foreign.getId()))));
        assertThat(line(first, Funder.ETAT_BOP147).getStatus()).isEqualTo(FundingStatus.VALIDE);
        assertThat(line(foreign, Funder.ETAT_BOP147).getStatus()).isEqualTo(FundingStatus.INSTRUIT);
        assertThat(funding.timeline(first.getId())).anySatisfy(t -> assertThat(t.getComment())
                .isEqualTo("Séance du 12/03/2027 : COPIL-2027-03 — Programmation 2027"));
    }

    static ApplicationDetails in2024(ApplicationDetails d) {
        return new ApplicationDetails(d.callId(), 2024, d.carrierId(), d.contactId(), d.assignedUserId(), d.actionId(),
                d.axisLabel(), d.title(), d.summary(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), false,
                false, d.qpvCodes(), d.budget());
    }

    private FundingLine line(Application application, Funder funder) {
        return funding.lines(application.getId()).stream().filter(l -> l.getFunder() == funder).findFirst()
                .orElseThrow();
    }

    static java.math.BigDecimal eur(String amount) {
        return new java.math.BigDecimal(amount).setScale(2);
    }
}
