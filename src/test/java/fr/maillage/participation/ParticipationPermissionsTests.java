package fr.maillage.participation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The participation module's truth table. "Admin" is a platform administrator who is not a member of
 * the workspace; "other workspace" is a logged-in user who is not a member either.
 */
class ParticipationPermissionsTests {

    enum Who {
        ANONYMOUS(false, false, null), ADMIN(true, true, null), PILOTE(true, false, WorkspaceRole.PILOTE),
        CONTRIBUTEUR(true, false, WorkspaceRole.CONTRIBUTEUR), LECTEUR(true, false, WorkspaceRole.LECTEUR),
        OTHER_WORKSPACE(true, false, null), ADMIN_AND_LECTEUR(true, true, WorkspaceRole.LECTEUR);

        final boolean authenticated;
        final boolean admin;
        final WorkspaceRole role;

        Who(boolean authenticated, boolean admin, WorkspaceRole role) {
            this.authenticated = authenticated;
            this.admin = admin;
            this.role = role;
        }
    }

    //        anonymous, admin, pilote, contributeur, lecteur, other workspace, admin who is lecteur
    static Stream<Arguments> table() {
        return Stream.of(
                row(ParticipationAction.VIEW, false, true, true, true, true, false, true),
                row(ParticipationAction.EDIT, false, false, true, true, false, false, false),
                row(ParticipationAction.PERSONAL_DATA, false, false, true, true, false, false, false),
                row(ParticipationAction.DRAW, false, false, true, false, false, false, false),
                row(ParticipationAction.PUBLISH, false, false, true, false, false, false, false));
    }

    private static Arguments row(ParticipationAction action, boolean... allowed) {
        return Arguments.of(action, allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rights_follow_the_role(ParticipationAction action, boolean[] allowed) {
        Who[] who = Who.values();
        for (int i = 0; i < who.length; i++) {
            assertThat(ParticipationPermissions.allows(who[i].authenticated, who[i].admin, who[i].role, action))
                    .as("%s may %s", who[i], action).isEqualTo(allowed[i]);
        }
    }
}
