package fr.maillage.directory;

import java.util.List;

/**
 * An organisation's identity broke one or more of the {@link OrganisationRules}; each violation
 * names its field and message, for the form or the API to show.
 */
public class InvalidOrganisationException extends RuntimeException {

    private final transient List<OrganisationRules.Violation> violations;

    public InvalidOrganisationException(List<OrganisationRules.Violation> violations) {
        super("invalid organisation: " + violations.stream().map(OrganisationRules.Violation::messageKey).toList());
        this.violations = List.copyOf(violations);
    }

    public List<OrganisationRules.Violation> violations() {
        return violations;
    }
}
