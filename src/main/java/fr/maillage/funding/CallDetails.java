package fr.maillage.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A call for projects as described in the form or the API. {@code aidScheme} is the dispositif d'aide the
 * call belongs to (its identifier in the aid-scheme open data, or its name), published as the SCDL
 * {@code dispositifAide}; it may be empty.
 */
public record CallDetails(int year, String title, String priorities, LocalDate openingDate, LocalDate deadline,
        Set<Funder> funders, List<Criterion> criteria, String aidScheme) {

    public CallDetails {
        funders = funders == null ? Set.of() : Set.copyOf(funders);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        aidScheme = aidScheme == null || aidScheme.isBlank() ? null : aidScheme.strip();
    }

    /** A call with no aid scheme named. */
    public CallDetails(int year, String title, String priorities, LocalDate openingDate, LocalDate deadline,
            Set<Funder> funders, List<Criterion> criteria) {
        this(year, title, priorities, openingDate, deadline, funders, criteria, null);
    }
}
