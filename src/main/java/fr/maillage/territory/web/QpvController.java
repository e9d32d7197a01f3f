package fr.maillage.territory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.territory.Departement;
import fr.maillage.territory.Qpv;
import fr.maillage.territory.QpvImport;
import fr.maillage.territory.QpvImportReport;
import fr.maillage.territory.TerritoryCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The QPV list, readable by every user, and the import of the official list, reserved to the
 * platform administrators.
 */
@Controller
@RequestMapping("/territoires/qpv")
class QpvController {

    private final TerritoryCatalog catalog;
    private final QpvImport qpvImport;
    private final Flash flash;

    QpvController(TerritoryCatalog catalog, QpvImport qpvImport, Flash flash) {
        this.catalog = catalog;
        this.qpvImport = qpvImport;
        this.flash = flash;
    }

    @GetMapping
    String list(@RequestParam(required = false) String departement, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        String filter = departement == null || departement.isBlank() ? null : departement.strip().toUpperCase(Locale.ROOT);
        Page<Qpv> qpvs = catalog.qpvs(filter, PageRequest.of(Math.max(page, 0), TerritoryController.PAGE_SIZE));
        model.addAttribute("qpvs", qpvs);
        model.addAttribute("departement", filter);
        List<Departement> departements = catalog.qpvDepartements();
        model.addAttribute("departements", departements);
        model.addAttribute("departementLabels",
                departements.stream().collect(Collectors.toMap(Departement::getCode, Departement::label)));
        model.addAttribute("communes", catalog.communesOf(qpvs.getContent()));
        model.addAttribute("samples", catalog.counts().samples());
        model.addAttribute("canImport", isAdmin(me));
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath("/territoires/qpv")
                .queryParamIfPresent("departement", Optional.ofNullable(filter)).build().toUriString());
        model.addAttribute("crumbs", List.of(overviewCrumb(), Crumb.here(flash.text("territory.qpv.title"))));
        return "territory/qpv-list";
    }

    @GetMapping("/import")
    String initImportForm(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        checkAdmin(me);
        model.addAttribute("form", new QpvImportForm(null));
        return importPage(model);
    }

    @PostMapping("/import")
    String processImportForm(@ModelAttribute("form") QpvImportForm form, BindingResult result,
            @AuthenticationPrincipal AccountPrincipal me, Model model, RedirectAttributes redirect) {
        checkAdmin(me);
        if (form.isEmpty()) {
            result.rejectValue("file", "territory.import.file.required");
            return importPage(model);
        }
        QpvImportReport report = qpvImport.importOfficial(bytes(form));
        redirect.addFlashAttribute("report", report);
        if (report.succeeded()) {
            flash.success(redirect, "territory.import.done", report.created(), report.updated(), report.unchanged());
        } else {
            flash.error(redirect, "territory.import.refused", report.problems().size());
        }
        return "redirect:/territoires/qpv/import";
    }

    private String importPage(Model model) {
        model.addAttribute("crumbs", List.of(overviewCrumb(),
                new Crumb(flash.text("territory.qpv.title"), "/territoires/qpv"),
                Crumb.here(flash.text("territory.import.title"))));
        return "territory/qpv-import";
    }

    private static byte[] bytes(QpvImportForm form) {
        try {
            return form.file().getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isAdmin(AccountPrincipal me) {
        return me != null && me.isAdmin();
    }

    private static void checkAdmin(AccountPrincipal me) {
        if (!isAdmin(me)) {
            throw new AccessDeniedException("QPV import is reserved to administrators");
        }
    }

    private Crumb overviewCrumb() {
        return new Crumb(flash.text("territory.overview.title"), "/territoires");
    }
}
