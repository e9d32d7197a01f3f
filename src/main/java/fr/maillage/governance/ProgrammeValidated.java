package fr.maillage.governance;

import java.time.LocalDate;
import java.util.List;

/**
 * Published when a decision recorded in a meeting validates the programme (typically a COPIL):
 * the listed applications' funder lines move to "validé COPIL" in the funding module.
 *
 * @param workspaceId    the workspace of the body
 * @param meetingId      the meeting where the decision was taken
 * @param decisionId     the decision record
 * @param date           the meeting's date
 * @param label          the decision's number and title, e.g. "COPIL-2027-03 — Programmation 2027"
 * @param applicationIds the applications linked to the decision (linked objects of type "application")
 */
public record ProgrammeValidated(Long workspaceId, Long meetingId, Long decisionId, LocalDate date, String label,
        List<Long> applicationIds) {

    public ProgrammeValidated {
        applicationIds = applicationIds == null ? List.of() : List.copyOf(applicationIds);
    }
}
