package fr.maillage.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.HomePanel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page (the public portal's home, or the user's dashboard) and the public legal pages.
 * Both home pages are assembled from the {@link HomePanel}s the modules contribute.
 */
@Controller
class HomeController {

    /** A panel ready to render: its fragment and its data. */
    record ShownPanel(String template, String selector, Object data) {
    }

    private final List<HomePanel> panels;

    HomeController(List<HomePanel> panels) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(HomePanel::order)).toList();
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        List<ShownPanel> shown = new ArrayList<>();
        for (HomePanel panel : panels) {
            if (panel.forVisitors() != (me == null)) {
                continue;
            }
            Object data = panel.data(me == null ? null : me.id());
            if (data != null) {
                shown.add(new ShownPanel(panel.template(), panel.selector(), data));
            }
        }
        model.addAttribute("panels", shown);
        if (me == null) {
            // The same page for every visitor, kept by PublicHomeCache: no CSRF token, hence no session.
            model.addAttribute("sessionless", true);
        }
        return me == null ? "web/home-public" : "web/home";
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "web/accessibility";
    }

    @GetMapping("/mentions-legales")
    String legalNotice() {
        return "web/legal";
    }
}
