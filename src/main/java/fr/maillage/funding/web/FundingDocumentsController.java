package fr.maillage.funding.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.funding.Funder;
import fr.maillage.funding.FundingAction;
import fr.maillage.funding.FundingDocuments;
import fr.maillage.funding.FundingManagement;
import fr.maillage.funding.ProgrammeTable;
import fr.maillage.funding.ScdlExport;
import fr.maillage.shared.TableWriter;
import fr.maillage.workspace.Workspace;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import fr.maillage.shared.pdf.PdfDocuments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The documents of the funding module: the COPIL programme table, a carrier's funding history, and
 * the SCDL open-data file of a funder's subsidies with its check page.
 */
@Controller
class FundingDocumentsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FundingGate gate;
    private final FundingDocuments documents;
    private final FundingManagement funding;
    private final ScdlExport scdl;
    private final DirectoryManagement directory;
    private final FundingViews views;
    private final PdfDocuments pdf;
    private final FundingFormat format;

    FundingDocumentsController(FundingGate gate, FundingDocuments documents, FundingManagement funding,
            ScdlExport scdl, DirectoryManagement directory, FundingViews views, PdfDocuments pdf,
            FundingFormat format) {
        this.pdf = pdf;
        this.format = format;
        this.gate = gate;
        this.documents = documents;
        this.funding = funding;
        this.scdl = scdl;
        this.directory = directory;
        this.views = views;
    }

    @GetMapping("/espaces/{id}/financements/programme.xlsx")
    void programmeXlsx(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer annee, HttpServletResponse response) throws IOException {
        gate.require(id, me, FundingAction.VIEW);
        int year = year(id, annee);
        ProgrammeTable table = documents.programme(id, year, views.text("funding.dashboard.noAxis"));
        attachment(response, XLSX, "programmation-" + year + ".xlsx");
        documents.programmeXlsx(table, response.getOutputStream());
    }

    @GetMapping("/espaces/{id}/financements/programme.pdf")
    void programmePdf(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer annee, HttpServletResponse response) throws IOException {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        int year = year(id, annee);
        ProgrammeTable table = documents.programme(id, year, views.text("funding.dashboard.noAxis"));
        attachment(response, "application/pdf", "programmation-" + year + ".pdf");
        pdf.render("funding/programme-pdf", Map.of("table", table, "fmt", format,
                "title", views.text("funding.programme.pdfTitle", year, workspace.getName()),
                "generated", LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                response.getOutputStream());
    }

    @GetMapping("/espaces/{id}/financements/porteurs/{organisationId}")
    String carrier(@PathVariable Long id, @PathVariable Long organisationId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        Organisation carrier = directory.organisation(organisationId);
        List<FundingDocuments.CarrierYear> history = documents.carrierHistory(id, organisationId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("carrier", carrier);
        model.addAttribute("history", history);
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.applications.title", "/dossiers",
                views.text("funding.carrier.title", carrier.label())));
        return "funding/carrier";
    }

    @GetMapping("/espaces/{id}/financements/porteurs/{organisationId}/historique.{format}")
    void carrierExport(@PathVariable Long id, @PathVariable Long organisationId, @PathVariable String format,
            @AuthenticationPrincipal AccountPrincipal me, HttpServletResponse response) throws IOException {
        gate.require(id, me, FundingAction.VIEW);
        directory.organisation(organisationId);
        List<FundingDocuments.CarrierYear> history = documents.carrierHistory(id, organisationId);
        boolean xlsx = "xlsx".equals(format);
        attachment(response, xlsx ? XLSX : "text/csv;charset=UTF-8", "financements-porteur-" + organisationId
                + (xlsx ? ".xlsx" : ".csv"));
        try (TableWriter writer = xlsx ? TableWriter.xlsx(response.getOutputStream(), "Financements")
                : TableWriter.csv(response.getOutputStream())) {
            documents.carrierHistory(history, writer);
        }
    }

    @GetMapping("/espaces/{id}/financements/scdl")
    String scdlCheck(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "ETAT_BOP147") Funder financeur, @RequestParam(required = false) Integer annee,
            Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        int year = year(id, annee);
        model.addAttribute("workspace", workspace);
        model.addAttribute("funder", financeur);
        model.addAttribute("year", year);
        model.addAttribute("funders", views.funders());
        model.addAttribute("outcome", scdl.check(id, financeur, year));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.envelopes.title", "/enveloppes",
                views.text("funding.scdl.title")));
        return "funding/scdl";
    }

    @GetMapping("/espaces/{id}/financements/scdl.csv")
    void scdlCsv(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Funder financeur, @RequestParam(required = false) Integer annee,
            HttpServletResponse response) throws IOException {
        gate.require(id, me, FundingAction.VIEW);
        int year = year(id, annee);
        attachment(response, "text/csv;charset=UTF-8", "subventions-" + financeur.name().toLowerCase() + "-" + year
                + ".csv");
        scdl.write(id, financeur, year, response.getOutputStream());
    }

    private int year(Long workspaceId, Integer requested) {
        if (requested != null) {
            return requested;
        }
        List<Integer> years = funding.years(workspaceId);
        return years.isEmpty() ? LocalDate.now().getYear() : years.get(0);
    }

    static void attachment(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }
}
