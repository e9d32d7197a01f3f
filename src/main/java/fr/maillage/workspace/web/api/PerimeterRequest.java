package fr.maillage.workspace.web.api;

import fr.maillage.territory.TerritoryKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The territories of a workspace's perimeter, by kind: INSEE codes of communes, SIREN of EPCI,
 * codes of QPV (QN…).
 */
record PerimeterRequest(
        @Size(max = 2000, message = "{api.workspaces.perimeter.size}")
        List<@NotBlank(message = "{api.workspaces.perimeter.code.required}") String> communes,
        @Size(max = 2000, message = "{api.workspaces.perimeter.size}")
        List<@NotBlank(message = "{api.workspaces.perimeter.code.required}") String> epci,
        @Size(max = 2000, message = "{api.workspaces.perimeter.size}")
        List<@NotBlank(message = "{api.workspaces.perimeter.code.required}") String> qpv) {

    /** The codes given for one kind, in the order given; none when the list is absent. */
    List<String> codes(TerritoryKind kind) {
        List<String> codes = switch (kind) {
            case COMMUNE -> communes;
            case EPCI -> epci;
            case QPV -> qpv;
        };
        return codes == null ? List.of() : codes;
    }

    /** The JSON field holding one kind. */
    static String field(TerritoryKind kind) {
        return switch (kind) {
            case COMMUNE -> "communes";
            case EPCI -> "epci";
            case QPV -> "qpv";
        };
    }
}
