package fr.maillage.funding.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.funding.Funder;
import fr.maillage.funding.FundingDashboard;
import fr.maillage.funding.FundingTotals;
import fr.maillage.funding.ScdlExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What only platform administrators see across workspaces: the national totals by funder and the
 * national SCDL file of one funder (every workspace's notified subsidies, streamed).
 */
@RestController
class NationalFundingController {

    private final FundingDashboard dashboard;
    private final ScdlExport scdl;

    NationalFundingController(FundingDashboard dashboard, ScdlExport scdl) {
        this.dashboard = dashboard;
        this.scdl = scdl;
    }

    @GetMapping("/api/v1/funding/national-totals")
    List<FundingTotals> nationalTotals(@AuthenticationPrincipal AccountPrincipal me, @RequestParam int year) {
        requireAdmin(me);
        return dashboard.nationalByFunder(year);
    }

    @GetMapping("/admin/financements/scdl.csv")
    void nationalScdl(@AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Funder financeur, @RequestParam int annee, HttpServletResponse response)
            throws IOException {
        requireAdmin(me);
        FundingDocumentsController.attachment(response, "text/csv;charset=UTF-8", "subventions-"
                + (financeur == null ? "tous-financeurs" : financeur.name().toLowerCase()) + "-" + annee
                + "-national.csv");
        scdl.write(null, financeur, annee, response.getOutputStream());
    }

    private static void requireAdmin(AccountPrincipal me) {
        if (me == null || !me.isAdmin()) {
            throw new AccessDeniedException("national funding");
        }
    }
}
