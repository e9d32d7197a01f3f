package fr.maillage.shared;

/**
 * A SIREN, the nine-digit identifier of a French company or public body, checked with the Luhn
 * algorithm as INSEE assigns them.
 */
public record Siren(String value) {

    public Siren {
        if (value == null || !value.matches("\\d{9}") || !Luhn.valid(value)) {
            throw new IllegalArgumentException("Invalid SIREN: " + value);
        }
    }

    /** Parses a SIREN as typed, ignoring spaces. */
    public static Siren of(String text) {
        return new Siren(text == null ? null : text.replace(" ", ""));
    }

    /** Whether the text, spaces ignored, is a valid SIREN. */
    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }

    /** The Luhn checksum shared by SIREN and SIRET. */
    static final class Luhn {

        private Luhn() {
        }

        static boolean valid(String digits) {
            int sum = 0;
            boolean doubled = false;
            for (int i = digits.length() - 1; i >= 0; i--) {
                int d = digits.charAt(i) - '0';
                if (doubled) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
                doubled = !doubled;
            }
            return sum % 10 == 0;
        }
    }
}
