package fr.maillage.programme;

import fr.maillage.shared.LinkedObject;
import fr.maillage.shared.LinkedObjectProvider;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Lets other modules (a meeting's agenda item, an indicator...) link to fiches actions without
 * depending on the programme.
 */
@Component
class ActionLinks implements LinkedObjectProvider {

    private final ProgrammeManagement programme;

    ActionLinks(ProgrammeManagement programme) {
        this.programme = programme;
    }

    @Override
    public String type() {
        return "action";
    }

    @Override
    public String labelKey() {
        return "programme.linked.action";
    }

    @Override
    public List<LinkedObject> search(Long workspaceId, String query, int limit) {
        return programme.searchByTitle(workspaceId, query, limit).stream().map(ActionLinks::link).toList();
    }

    @Override
    public Optional<LinkedObject> find(Long workspaceId, Long id) {
        return programme.findAction(workspaceId, id).map(ActionLinks::link);
    }

    private static LinkedObject link(Action action) {
        return new LinkedObject("action", action.getId(), action.getTitle() + " (" + action.getYear() + ")",
                ProgrammeManagement.url(action));
    }
}
