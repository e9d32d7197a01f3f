package fr.maillage.funding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The funding rights as a truth table: role × action × whether the application is assigned to the user. */
class FundingPermissionsTests {

    private static final String P = "PILOTE";
    private static final String C = "CONTRIBUTEUR";
    private static final String L = "LECTEUR";
    private static final String NONE = "-";

    /** action, then who may do it on an application not assigned to him, then on one assigned to him. */
    private static final Object[][] TABLE = {
        {FundingAction.VIEW, List.of(P, C, L), List.of(P, C, L)},
        {FundingAction.CREATE_APPLICATION, List.of(P, C), List.of(P, C)},
        {FundingAction.EDIT_APPLICATION, List.of(P), List.of(P, C)},
        {FundingAction.MANAGE_CALLS, List.of(P), List.of(P)},
        {FundingAction.INSTRUCT, List.of(P), List.of(P)},
        {FundingAction.RECORD_GRANTS, List.of(P), List.of(P)},
        {FundingAction.MANAGE_ENVELOPES, List.of(P), List.of(P)},
    };

    @Test
    void the_table_holds_for_every_role_action_and_assignment() {
        assertThat(TABLE.length).isEqualTo(FundingAction.values().length);
        List<String> wrong = new ArrayList<>();
        for (Object[] row : TABLE) {
            FundingAction action = (FundingAction) row[0];
            for (int assigned = 0; assigned <= 1; assigned++) {
                @SuppressWarnings("unchecked")
                List<String> allowed = (List<String>) row[1 + assigned];
                for (String role : List.of(P, C, L, NONE)) {
                    WorkspaceRole workspaceRole = role.equals(NONE) ? null : WorkspaceRole.valueOf(role);
                    boolean expected = allowed.contains(role);
                    if (FundingPermissions.allows(true, workspaceRole, action, assigned == 1) != expected) {
                        wrong.add(action + " " + role + " assigned=" + (assigned == 1));
                    }
                    if (FundingPermissions.allows(false, workspaceRole, action, assigned == 1)) {
                        wrong.add(action + " anonymous " + role);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
