package fr.maillage.programme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programme's truth table: who may do what, on an action assigned to him or not. "Other
 * workspace" is a logged-in user who is not a member of this one (role null).
 */
class ProgrammePermissionsTests {

    enum Who {
        ANONYMOUS(false, false, null), ADMIN(true, true, null), PILOTE(true, false, WorkspaceRole.PILOTE),
        CONTRIBUTEUR(true, false, WorkspaceRole.CONTRIBUTEUR), LECTEUR(true, false, WorkspaceRole.LECTEUR),
        OTHER_WORKSPACE(true, false, null);

        final boolean authenticated;
        final boolean admin;
        final WorkspaceRole role;

        Who(boolean authenticated, boolean admin, WorkspaceRole role) {
            this.authenticated = authenticated;
            this.admin = admin;
            this.role = role;
        }
    }

    //                 assigned, anonymous, admin, pilote, contributeur, lecteur, other workspace
    static Stream<Arguments> table() {
        return Stream.of(
                row(ProgrammeAction.VIEW, false, false, true, true, true, true, false),
                row(ProgrammeAction.VIEW, true, false, true, true, true, true, false),
                row(ProgrammeAction.EDIT_STRATEGY, false, false, true, true, false, false, false),
                row(ProgrammeAction.CREATE_ACTION, false, false, true, true, true, false, false),
                row(ProgrammeAction.EDIT_ACTION, false, false, true, true, false, false, false),
                row(ProgrammeAction.EDIT_ACTION, true, false, true, true, true, false, false),
                row(ProgrammeAction.ASSIGN_ACTION, false, false, true, true, false, false, false),
                row(ProgrammeAction.ASSIGN_ACTION, true, false, true, true, false, false, false));
    }

    private static Arguments row(ProgrammeAction action, boolean assigned, boolean... allowed) {
        return Arguments.of(action, assigned, allowed);
    }

    @ParameterizedTest(name = "{0}, assigned: {1}")
    @MethodSource("table")
    void rights_follow_the_role_and_the_assignment(ProgrammeAction action, boolean assigned, boolean[] allowed) {
        Who[] who = Who.values();
        for (int i = 0; i < who.length; i++) {
            assertThat(ProgrammePermissions.allows(who[i].authenticated, who[i].admin, who[i].role, action, assigned))
                    .as("%s may %s (assigned: %s)", who[i], action, assigned).isEqualTo(allowed[i]);
        }
    }
}
