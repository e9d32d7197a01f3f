package fr.maillage.participation;

/**
 * Gender as lists record it, for the parity rule; {@link #code()} is what the published draw lists show.
 */
public enum Gender {
    FEMME("F"), HOMME("H");

    private final String code;

    Gender(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** From a code or a word people write in a file: "F", "femme", "H", "homme", "M", "masculin"... */
    public static Gender parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("f") || v.startsWith("fem") || v.startsWith("fém")) {
            return FEMME;
        }
        if (v.equals("h") || v.equals("m") || v.startsWith("hom") || v.startsWith("mas")) {
            return HOMME;
        }
        return null;
    }

    public static Gender ofCode(String code) {
        for (Gender g : values()) {
            if (g.code.equals(code)) {
                return g;
            }
        }
        return null;
    }
}
