package fr.maillage.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A call for projects as described in the form or the API. */
public record CallDetails(int year, String title, String priorities, LocalDate openingDate, LocalDate deadline,
        Set<Funder> funders, List<Criterion> criteria) {

    public CallDetails {
        funders = funders == null ? Set.of() : Set.copyOf(funders);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
