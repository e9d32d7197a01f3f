package fr.maillage.participation;

import java.util.List;

/**
 * What the user chooses to show of a council on the public portal. Nothing else ever appears there:
 * no member's name, no volunteer.
 *
 * @param published whether the council has a public page at all
 * @param contactEmail the council's public contact address, or null to show none
 */
public record CouncilPublication(boolean published, boolean charter, boolean memberCounts, boolean meetings,
        String contactEmail, List<CouncilMeeting> meetingDates) {
}
