package fr.maillage.knowledge.web;

import fr.maillage.knowledge.KnowledgeManagement;
import fr.maillage.knowledge.SheetSummary;
import fr.maillage.shared.HomePanel;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The public home page's panel of the latest published experience sheets.
 */
@Component
class LatestSheetsPanel implements HomePanel {

    private static final int COUNT = 6;

    private final KnowledgeManagement knowledge;

    LatestSheetsPanel(KnowledgeManagement knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String template() {
        return "knowledge/home-panel";
    }

    @Override
    public String selector() {
        return "latestSheets";
    }

    @Override
    public Object data(Long userId) {
        List<SheetSummary> latest = knowledge.latestPublished(COUNT);
        return latest.isEmpty() ? null : latest;
    }

    @Override
    public boolean forVisitors() {
        return true;
    }
}
