package fr.maillage.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.workspace.WorkspaceRole;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The newsletter's rights as a truth table: who (anonymous, outsider, lecteur, contributeur, pilote,
 * administrator) may do what.
 */
class NewsletterPermissionsTests {

    /** Columns: VIEW, VIEW_SUBSCRIBERS, COMPOSE, SEND, MANAGE. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("anonyme", false, false, null, new boolean[] {false, false, false, false, false}),
                Arguments.of("hors espace", true, false, null, new boolean[] {false, false, false, false, false}),
                Arguments.of("lecteur", true, false, WorkspaceRole.LECTEUR, new boolean[] {true, false, false, false, false}),
                Arguments.of("contributeur", true, false, WorkspaceRole.CONTRIBUTEUR,
                        new boolean[] {true, true, true, false, false}),
                Arguments.of("pilote", true, false, WorkspaceRole.PILOTE, new boolean[] {true, true, true, true, true}),
                Arguments.of("administrateur", true, true, null, new boolean[] {true, true, true, true, true}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rights_follow_the_role(String who, boolean authenticated, boolean admin, WorkspaceRole role,
            boolean[] expected) {
        NewsletterAction[] actions = NewsletterAction.values();
        for (int i = 0; i < actions.length; i++) {
            assertThat(NewsletterPermissions.allows(authenticated, admin, role, actions[i]))
                    .as(who + " " + actions[i]).isEqualTo(expected[i]);
        }
    }
}
