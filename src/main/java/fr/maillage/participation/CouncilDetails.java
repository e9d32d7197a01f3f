package fr.maillage.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the user describes of a council: its format, name, QPV, mandate and composition targets.
 *
 * @param ageTargets seats wanted per age band (absent or 0: no target)
 * @param quartierTargets seats wanted per QPV code (absent or 0: no target)
 */
public record CouncilDetails(CouncilKind kind, String name, String description, List<String> qpvCodes,
        LocalDate mandateStart, LocalDate mandateEnd, int residentSeats, int actorSeats, boolean genderParity,
        Map<AgeBand, Integer> ageTargets, Map<String, Integer> quartierTargets) {
}
