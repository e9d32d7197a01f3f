package fr.maillage.workspace.web.api;

import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a workspace with its perimeter in one transaction: if any territory is refused, no
 * workspace is left behind half-described.
 */
@Service
class ProvisionWorkspace {

    private final WorkspaceManagement workspaces;
    private final WorkspaceResources resources;

    ProvisionWorkspace(WorkspaceManagement workspaces, WorkspaceResources resources) {
        this.workspaces = workspaces;
        this.resources = resources;
    }

    @Transactional
    public WorkspaceResponse create(WorkspaceRequest request) {
        Workspace workspace = workspaces.create(request.type(), request.name(), request.description(),
                request.startDate(), request.endDate());
        PerimeterRequest perimeter = request.perimeterOrEmpty();
        for (TerritoryKind kind : TerritoryKind.values()) {
            for (String code : perimeter.codes(kind)) {
                workspaces.addToPerimeter(workspace.getId(), kind, WorkspaceRequestValidator.normalize(code));
            }
        }
        return resources.response(workspaces.get(workspace.getId()), null, 0);
    }
}
