package fr.maillage.programme;

import fr.maillage.shared.BusinessRuleException;
import java.util.List;

/**
 * A fiche action refused by {@link ProgrammeManagement}'s rules, with every broken rule and the
 * field it concerns, so that forms show each message next to its field.
 */
public class InvalidActionException extends BusinessRuleException {

    private final transient List<Violation> violations;

    public InvalidActionException(List<Violation> violations) {
        super(violations.get(0).messageKey(), violations.get(0).arguments());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule: the draft's field, the message key and its arguments. */
    public record Violation(String field, String messageKey, Object... arguments) {
    }
}
