package fr.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The directory's truth table: who may do what in a workspace's directory. "Other workspace" is a
 * logged-in user who is not a member of this one (role null).
 */
class DirectoryPermissionsTests {

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

    //                 anonymous, admin, pilote, contributeur, lecteur, other workspace
    static Stream<Arguments> table() {
        return Stream.of(
                row(DirectoryAction.VIEW_DIRECTORY, false, true, true, true, true, false),
                row(DirectoryAction.EDIT_ORGANISATION, false, true, true, true, false, false),
                row(DirectoryAction.VIEW_CONTACTS, false, true, true, true, true, false),
                row(DirectoryAction.EDIT_CONTACT, false, true, true, true, false, false),
                row(DirectoryAction.EDIT_NOTES, false, true, true, true, false, false),
                row(DirectoryAction.IMPORT, false, false, true, true, false, false),
                row(DirectoryAction.MERGE_ORGANISATIONS, false, true, true, false, false, false));
    }

    private static Arguments row(DirectoryAction action, boolean... allowed) {
        return Arguments.of(action, allowed);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rights_follow_the_role(DirectoryAction action, boolean[] allowed) {
        Who[] who = Who.values();
        for (int i = 0; i < who.length; i++) {
            assertThat(DirectoryPermissions.allows(who[i].authenticated, who[i].admin, who[i].role, action))
                    .as("%s may %s", who[i], action).isEqualTo(allowed[i]);
        }
    }
}
