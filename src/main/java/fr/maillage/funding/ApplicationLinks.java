package fr.maillage.funding;

import fr.maillage.shared.LinkedObject;
import fr.maillage.shared.LinkedObjectProvider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets other modules (governance's agenda items and decisions) link to a workspace's applications
 * without depending on this module.
 */
@Component
@Transactional(readOnly = true)
class ApplicationLinks implements LinkedObjectProvider {

    private final Applications applications;

    ApplicationLinks(Applications applications) {
        this.applications = applications;
    }

    @Override
    public String type() {
        return "application";
    }

    @Override
    public String labelKey() {
        return "funding.linked.application";
    }

    @Override
    public List<LinkedObject> search(Long workspaceId, String query, int limit) {
        String like = query == null || query.isBlank() ? "" : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
        return applications.search(workspaceId, null, null, like, PageRequest.of(0, Math.max(limit, 1),
                        Sort.by(Sort.Direction.DESC, "year").and(Sort.by("reference"))))
                .getContent().stream().map(ApplicationLinks::link).toList();
    }

    @Override
    public Optional<LinkedObject> find(Long workspaceId, Long id) {
        return applications.findByWorkspaceIdAndIdIn(workspaceId, List.of(id)).stream().findFirst()
                .map(ApplicationLinks::link);
    }

    private static LinkedObject link(Application a) {
        return new LinkedObject("application", a.getId(), "Dossier " + a.label(), FundingManagement.link(a));
    }
}
