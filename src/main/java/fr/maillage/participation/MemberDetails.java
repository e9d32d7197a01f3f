package fr.maillage.participation;

/**
 * What is recorded of a council member entered by hand (an association's representative, a resident
 * co-opted): identity, college, criteria of the composition, contact.
 */
public record MemberDetails(College college, String firstName, String lastName, Gender gender, AgeBand ageBand,
        String qpvCode, String organisationName, String email, String phone) {
}
