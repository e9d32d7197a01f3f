package fr.maillage.funding.web;

import fr.maillage.funding.Funder;
import fr.maillage.funding.FundingStatus;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the funding pages share: base paths, breadcrumbs and option labels. */
@Component
class FundingViews {

    private final Flash messages;

    FundingViews(Flash messages) {
        this.messages = messages;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/financements";
    }

    /** Espaces › workspace › section › steps (label, url pairs; the last one is the page). */
    List<Crumb> crumbs(Workspace workspace, String sectionKey, String sectionPath, String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.text("workspace.list.title"), "/espaces"));
        crumbs.add(new Crumb(workspace.getName(), "/espaces/" + workspace.getId()));
        if (steps.length == 0) {
            crumbs.add(Crumb.here(messages.text(sectionKey)));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text(sectionKey), base(workspace.getId()) + sectionPath));
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    Map<String, String> funders() {
        Map<String, String> funders = new LinkedHashMap<>();
        for (Funder funder : Funder.values()) {
            funders.put(funder.name(), funder.getLabel());
        }
        return funders;
    }

    Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (FundingStatus status : FundingStatus.values()) {
            statuses.put(status.name(), messages.text("funding.status." + status));
        }
        return statuses;
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
