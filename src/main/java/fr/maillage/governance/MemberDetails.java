package fr.maillage.governance;

import java.time.LocalDate;

/**
 * A member as described: an organisation or a contact of the directory (at least one), the
 * address invitations go to, his function, college, mandate and whether he votes.
 */
public record MemberDetails(Long organisationId, Long contactId, String email, MemberFunction function,
        String college, LocalDate mandateStart, LocalDate mandateEnd, boolean voting) {
}
