package fr.maillage.directory.web;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform's theme taxonomy, kept by administrators ({@code /admin/**} is theirs only).
 */
@Controller
class ThemeAdminController {

    private static final String PAGE = "/admin/annuaire/thematiques";

    private final DirectoryManagement directory;
    private final Flash flash;

    ThemeAdminController(DirectoryManagement directory, Flash flash) {
        this.directory = directory;
        this.flash = flash;
    }

    @GetMapping(PAGE)
    String list(Model model) {
        model.addAttribute("themes", directory.themes());
        model.addAttribute("breadcrumb", List.of(Crumb.here(flash.text("directory.themes.title"))));
        return "directory/themes";
    }

    @PostMapping(PAGE)
    String add(@RequestParam String label, RedirectAttributes redirect) {
        String clean = label.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            flash.error(redirect, "directory.themes.label.invalid");
            return "redirect:" + PAGE;
        }
        try {
            directory.addTheme(code(clean), clean);
            flash.success(redirect, "directory.themes.added", clean);
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + PAGE;
    }

    @PostMapping(PAGE + "/{code}")
    String rename(@PathVariable String code, @RequestParam String label, RedirectAttributes redirect) {
        String clean = label.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            flash.error(redirect, "directory.themes.label.invalid");
            return "redirect:" + PAGE;
        }
        directory.renameTheme(code, clean);
        flash.success(redirect, "directory.themes.renamed", clean);
        return "redirect:" + PAGE;
    }

    /** "Accès aux droits" → "acces-aux-droits": a stable code derived from the first label. */
    static String code(String label) {
        String folded = java.text.Normalizer.normalize(label, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        folded = folded.replaceAll("^-|-$", "");
        return folded.length() > 40 ? folded.substring(0, 40) : folded;
    }
}
