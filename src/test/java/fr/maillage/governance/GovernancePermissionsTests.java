package fr.maillage.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The governance's truth table: role × action × ownership (whether the user owns the follow-up).
 * "Other workspace" is a logged-in user who is not a member of this one.
 */
class GovernancePermissionsTests {

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

    //       action, owner,  anonymous, admin, pilote, contributeur, lecteur, other workspace
    static Stream<Arguments> table() {
        return Stream.of(
                row(GovernanceAction.VIEW, false, false, true, true, true, true, false),
                row(GovernanceAction.EXPORT, false, false, true, true, true, true, false),
                row(GovernanceAction.MANAGE_BODIES, false, false, true, true, false, false, false),
                row(GovernanceAction.PREPARE_MEETING, false, false, true, true, true, false, false),
                row(GovernanceAction.CONVENE, false, false, true, true, false, false, false),
                row(GovernanceAction.HOLD_MEETING, false, false, true, true, true, false, false),
                row(GovernanceAction.PUBLISH_MINUTES, false, false, true, true, false, false, false),
                row(GovernanceAction.UPDATE_FOLLOW_UP, false, false, true, true, false, false, false),
                row(GovernanceAction.UPDATE_FOLLOW_UP, true, false, true, true, true, true, false))
                .flatMap(List::stream);
    }

    private static List<Arguments> row(GovernanceAction action, boolean owner, boolean... expected) {
        List<Arguments> rows = new ArrayList<>();
        Who[] who = Who.values();
        for (int i = 0; i < who.length; i++) {
            rows.add(Arguments.of(who[i], action, owner, expected[i]));
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} {1} owner={2} → {3}")
    @MethodSource("table")
    void truth_table(Who who, GovernanceAction action, boolean owner, boolean expected) {
        assertThat(GovernancePermissions.allows(who.authenticated, who.admin, who.role, action, owner))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAction")
    void every_action_is_in_the_table(GovernanceAction action) {
        assertThat(table().map(a -> a.get()[1])).contains(action);
    }

    static Stream<GovernanceAction> everyAction() {
        return Stream.of(GovernanceAction.values());
    }
}
