package fr.maillage.workspace.web.api;

import fr.maillage.workspace.WorkspaceType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A workspace to create, with its perimeter.
 */
record WorkspaceRequest(
        @NotNull(message = "{api.workspaces.type.required}") WorkspaceType type,
        @NotBlank(message = "{api.workspaces.name.required}")
        @Size(max = 200, message = "{api.workspaces.name.size}") String name,
        @Size(max = 2000, message = "{api.workspaces.description.size}") String description,
        LocalDate startDate,
        LocalDate endDate,
        @Valid PerimeterRequest perimeter) {

    PerimeterRequest perimeterOrEmpty() {
        return perimeter == null ? new PerimeterRequest(null, null, null) : perimeter;
    }
}
