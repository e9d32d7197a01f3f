package fr.maillage.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workspace rights as a truth table: who (anonymous, administrator, pilote, contributeur,
 * lecteur, member of another workspace) × action.
 */
class WorkspacePermissionsTests {

    enum Who { ANONYMOUS, ADMIN, PILOTE, CONTRIBUTEUR, LECTEUR, OTHER_WORKSPACE }

    static Stream<Arguments> table() {
        return Stream.of(
                // who, VIEW, EDIT, MANAGE_MEMBERS, VIEW_AUDIT, CREATE
                Arguments.of(Who.ANONYMOUS, false, false, false, false, false),
                Arguments.of(Who.ADMIN, true, true, true, true, true),
                Arguments.of(Who.PILOTE, true, true, true, true, false),
                Arguments.of(Who.CONTRIBUTEUR, true, false, false, false, false),
                Arguments.of(Who.LECTEUR, true, false, false, false, false),
                Arguments.of(Who.OTHER_WORKSPACE, false, false, false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rights_follow_the_role(Who who, boolean view, boolean edit, boolean manageMembers, boolean audit,
            boolean create) {
        assertThat(allows(who, WorkspaceAction.VIEW)).isEqualTo(view);
        assertThat(allows(who, WorkspaceAction.EDIT)).isEqualTo(edit);
        assertThat(allows(who, WorkspaceAction.MANAGE_MEMBERS)).isEqualTo(manageMembers);
        assertThat(allows(who, WorkspaceAction.VIEW_AUDIT)).isEqualTo(audit);
        assertThat(allows(who, WorkspaceAction.CREATE)).isEqualTo(create);
    }

    private static boolean allows(Who who, WorkspaceAction action) {
        return switch (who) {
            case ANONYMOUS -> WorkspacePermissions.allows(false, false, null, action);
            case ADMIN -> WorkspacePermissions.allows(true, true, null, action);
            case PILOTE -> WorkspacePermissions.allows(true, false, WorkspaceRole.PILOTE, action);
            case CONTRIBUTEUR -> WorkspacePermissions.allows(true, false, WorkspaceRole.CONTRIBUTEUR, action);
            case LECTEUR -> WorkspacePermissions.allows(true, false, WorkspaceRole.LECTEUR, action);
            case OTHER_WORKSPACE -> WorkspacePermissions.allows(true, false, null, action);
        };
    }
}
