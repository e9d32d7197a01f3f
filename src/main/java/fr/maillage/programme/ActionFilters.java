package fr.maillage.programme;

/**
 * What an action list asks for; null or blank means "any". {@code text} is matched against the
 * title, case ignored.
 */
public record ActionFilters(Integer year, ActionStatus status, Long axisId, Long objectiveId, Long carrierId,
        String qpv, String text) {

    public static ActionFilters none() {
        return new ActionFilters(null, null, null, null, null, null, null);
    }

    public static ActionFilters ofYear(int year) {
        return new ActionFilters(year, null, null, null, null, null, null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }

    boolean hasQpv() {
        return qpv != null && !qpv.isBlank();
    }
}
