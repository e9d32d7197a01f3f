package fr.maillage.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the annual review needs of the governance module: the bodies and the meetings held in a year.
 */
public interface GovernanceView {

    /** A meeting held. */
    record MeetingRef(String title, LocalDate date) {
    }

    /** A body and the meetings it held in the year. */
    record BodyYear(String name, String kind, List<MeetingRef> meetings) {
    }

    /** The bodies of the workspace with their meetings held in the year; empty when governance is not available. */
    Optional<List<BodyYear>> bodies(Long workspaceId, int year);
}
