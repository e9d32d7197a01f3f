package fr.maillage.funding.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.funding.ApplicationInstruction;
import fr.maillage.funding.Envelope;
import fr.maillage.funding.EnvelopeManagement;
import fr.maillage.funding.FundingAction;
import fr.maillage.funding.FundingDashboard;
import fr.maillage.funding.FundingManagement;
import fr.maillage.funding.FundingTotals;
import fr.maillage.funding.Report;
import fr.maillage.workspace.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The financial dashboard of a workspace for a year: per funder with the envelopes, per axis and
 * funder, per carrier, per QPV, year over year, and the overdue reports.
 */
@Controller
class DashboardController {

    private final FundingGate gate;
    private final FundingDashboard dashboard;
    private final FundingManagement funding;
    private final EnvelopeManagement envelopes;
    private final ApplicationInstruction instruction;
    private final DirectoryManagement directory;
    private final FundingViews views;
    private final FundingCharts charts;

    DashboardController(FundingGate gate, FundingDashboard dashboard, FundingManagement funding,
            EnvelopeManagement envelopes, ApplicationInstruction instruction, DirectoryManagement directory,
            FundingViews views, FundingCharts charts) {
        this.gate = gate;
        this.dashboard = dashboard;
        this.funding = funding;
        this.envelopes = envelopes;
        this.instruction = instruction;
        this.directory = directory;
        this.views = views;
        this.charts = charts;
    }

    /** One funder's totals beside its envelope. */
    record FunderRow(FundingTotals totals, BigDecimal envelope, BigDecimal remaining) {
    }

    @GetMapping("/espaces/{id}/financements/tableau-de-bord")
    String dashboard(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer annee, @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        List<Integer> years = funding.years(id);
        int year = annee != null ? annee : years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
        List<FundingTotals> byFunder = dashboard.byFunder(id, year);
        Map<String, Envelope> envelopeOf = new HashMap<>();
        envelopes.envelopes(id).stream().filter(e -> e.getYear() == year)
                .forEach(e -> envelopeOf.put(e.getFunder().name(), e));
        List<FunderRow> funderRows = byFunder.stream().map(t -> {
            Envelope envelope = envelopeOf.get(t.key());
            return new FunderRow(t, envelope == null ? null : envelope.getAmount(),
                    envelope == null ? null : envelope.getAmount().subtract(t.granted()));
        }).toList();
        List<FundingTotals> byCarrier = dashboard.byCarrier(id, year, 20);
        Map<Long, Organisation> carriers = directory.organisations(byCarrier.stream()
                .map(t -> Long.valueOf(t.key())).toList());
        Map<String, String> carrierNames = new HashMap<>();
        carriers.forEach((key, o) -> carrierNames.put(String.valueOf(key), o.label()));
        List<FundingTotals> byYear = dashboard.byYear(id);
        Page<Report> overdue = instruction.overdueReports(id, LocalDate.now(), PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("workspace", workspace);
        model.addAttribute("year", year);
        model.addAttribute("years", years);
        model.addAttribute("funderRows", funderRows);
        model.addAttribute("funderTotal", FundingDashboard.total(byFunder));
        model.addAttribute("byAxis", dashboard.byAxisAndFunder(id, year));
        model.addAttribute("byCarrier", byCarrier);
        model.addAttribute("carrierNames", carrierNames);
        model.addAttribute("byQpv", dashboard.byQpv(id, year));
        model.addAttribute("byYear", byYear);
        model.addAttribute("overdue", overdue);
        model.addAttribute("overdueApplications", funding.applicationsById(id,
                overdue.getContent().stream().map(Report::getApplicationId).toList()));
        model.addAttribute("charts", charts.dashboard(year, byFunder, byYear));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.dashboard.title", "/tableau-de-bord"));
        return "funding/dashboard";
    }
}
