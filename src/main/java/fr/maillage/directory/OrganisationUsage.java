package fr.maillage.directory;

import fr.maillage.shared.BusinessRuleException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which workspaces rely on a shared organisation, and so whether a workspace may change or merge it
 * alone. A workspace relies on an organisation when one of its records points to it: a contact's
 * affiliation or the workspace's note (directory), and what every module reports through
 * {@link OrganisationReferences} (actions, applications, allocations, experience sheets, event
 * registrations, body members and attendance, data-entry requests).
 */
@Service
@Transactional(readOnly = true)
public class OrganisationUsage {

    private final List<OrganisationReferences> modules;
    private final Contacts contacts;
    private final OrganisationNotes notes;

    OrganisationUsage(List<OrganisationReferences> modules, Contacts contacts, OrganisationNotes notes) {
        this.modules = modules;
        this.contacts = contacts;
        this.notes = notes;
    }

    /** The workspaces whose records point to the organisation. */
    public Set<Long> workspacesRelyingOn(Long organisationId) {
        Set<Long> workspaces = new TreeSet<>();
        contacts.findAllAttachedTo(organisationId).forEach(c -> workspaces.add(c.getWorkspaceId()));
        notes.findByOrganisationId(organisationId).forEach(n -> workspaces.add(n.getWorkspaceId()));
        for (OrganisationReferences module : modules) {
            module.referencesTo(organisationId).forEach(r -> workspaces.add(r.workspaceId()));
        }
        return workspaces;
    }

    /**
     * Refuses a change or a merge of the organisations when a workspace other than the user's relies
     * on one of them; a platform administrator may always.
     *
     * @param userWorkspaceIds the workspaces the user acts for
     * @throws BusinessRuleException naming how many other workspaces rely on them
     */
    public void requireChangeableBy(Collection<Long> organisationIds, boolean admin, Set<Long> userWorkspaceIds) {
        Set<Long> relying = new TreeSet<>();
        organisationIds.forEach(id -> relying.addAll(workspacesRelyingOn(id)));
        if (!DirectoryPermissions.mayChangeShared(admin, userWorkspaceIds, relying)) {
            relying.removeAll(userWorkspaceIds);
            throw new BusinessRuleException("directory.organisation.sharedElsewhere", relying.size());
        }
    }
}
