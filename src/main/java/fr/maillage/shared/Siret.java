package fr.maillage.shared;

/**
 * A SIRET, the fourteen-digit identifier of an establishment: its company's SIREN and a
 * five-digit establishment number, checked with the Luhn algorithm. La Poste (SIREN 356000000)
 * has too many establishments for that scheme: the sum of its SIRET's digits is a multiple of 5.
 */
public record Siret(String value) {

    /** La Poste's SIREN, whose establishments follow their own checksum. */
    public static final String LA_POSTE = "356000000";

    public Siret {
        if (value == null || !value.matches("\\d{14}") || !checksumHolds(value)) {
            throw new IllegalArgumentException("Invalid SIRET: " + value);
        }
    }

    /** Parses a SIRET as typed, ignoring spaces. */
    public static Siret of(String text) {
        return new Siret(text == null ? null : text.replace(" ", ""));
    }

    /** Whether the text, spaces ignored, is a valid SIRET. */
    public static boolean isValid(String text) {
        try {
            of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The SIREN of the company this establishment belongs to. */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    private static boolean checksumHolds(String digits) {
        if (digits.startsWith(LA_POSTE)) {
            return digits.chars().map(c -> c - '0').sum() % 5 == 0;
        }
        return Siren.Luhn.valid(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
