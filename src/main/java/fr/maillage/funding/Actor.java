package fr.maillage.funding;

/**
 * Who does a funding act, as the timeline shows him: a user, or the platform itself (a COPIL
 * decision arriving from governance, a scheduled job).
 */
public record Actor(Long userId, String name) {

    public static Actor system(String name) {
        return new Actor(null, name);
    }
}
