package fr.maillage.participation;

/**
 * The age bands of the composition targets and quotas (citizen councils accept residents from 16).
 */
public enum AgeBand {
    AGE_16_25("16-25"), AGE_26_40("26-40"), AGE_41_60("41-60"), AGE_61_PLUS("61+");

    private final String code;

    AgeBand(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** From the code ("16-25", "61+", "61 et plus") or the enum name. */
    public static AgeBand parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().replace(" ", "").replace("ans", "").toLowerCase(java.util.Locale.ROOT);
        for (AgeBand band : values()) {
            if (band.code.equals(v) || band.name().equalsIgnoreCase(v)) {
                return band;
            }
        }
        return v.startsWith("61") ? AGE_61_PLUS : null;
    }

    public static AgeBand ofCode(String code) {
        for (AgeBand band : values()) {
            if (band.code.equals(code)) {
                return band;
            }
        }
        return null;
    }
}
