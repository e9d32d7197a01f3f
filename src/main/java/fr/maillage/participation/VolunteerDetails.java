package fr.maillage.participation;

/**
 * What is recorded of a volunteer: identity, the three quota criteria, where the name comes from,
 * and how to reach him.
 */
public record VolunteerDetails(String firstName, String lastName, Gender gender, AgeBand ageBand, String qpvCode,
        ListSource source, String email, String phone, String address) {
}
