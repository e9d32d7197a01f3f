package fr.maillage.workspace.web.api;

import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A workspace as the API shows it.
 *
 * @param role    the caller's role there, absent for an administrator who is not a member
 * @param version changes at each modification of the workspace
 */
record WorkspaceResponse(Long id, WorkspaceType type, String name, String description, LocalDate startDate,
        LocalDate endDate, Perimeter perimeter, WorkspaceRole role, long memberCount, Instant createdAt,
        long version) {

    /** The perimeter's codes by kind, sorted. */
    record Perimeter(List<String> communes, List<String> epci, List<String> qpv) {
    }
}
