package fr.maillage.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the carrier tells about his request (CERFA 12156): who carries it, the project, its dates
 * and QPV, whether it is yearly or multi-year, a first request or a renewal, and its budget.
 *
 * @param actionId the workspace's fiche action the request funds, when it exists
 * @param axisLabel the axis of the strategy the project serves, as shown in the COPIL table
 * @param contactId the carrier's contact (a directory contact of the workspace) who gets reminders
 * @param assignedUserId the member who follows the application; a contributeur edits only his own
 */
public record ApplicationDetails(Long callId, int year, Long carrierId, Long contactId, Long assignedUserId,
        Long actionId, String axisLabel, String title, String summary, LocalDate startDate, LocalDate endDate,
        boolean multiYear, boolean renewal, Set<String> qpvCodes, List<BudgetLine> budget) {

    public ApplicationDetails {
        qpvCodes = qpvCodes == null ? Set.of() : Set.copyOf(qpvCodes);
        budget = budget == null ? List.of() : List.copyOf(budget);
    }

    public ProjectBudget projectBudget() {
        return new ProjectBudget(budget);
    }
}
