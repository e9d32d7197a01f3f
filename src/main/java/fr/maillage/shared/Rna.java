package fr.maillage.shared;

import java.util.Locale;

/**
 * An RNA number, the identifier of an association in the Répertoire national des associations:
 * "W" followed by nine digits.
 */
public record Rna(String value) {

    public Rna {
        if (value == null || !value.matches("W\\d{9}")) {
            throw new IllegalArgumentException("Invalid RNA: " + value);
        }
    }

    /** Parses an RNA number as typed, ignoring spaces and case. */
    public static Rna of(String text) {
        return new Rna(text == null ? null : text.replace(" ", "").toUpperCase(Locale.ROOT));
    }

    /** Whether the text, spaces and case ignored, is a valid RNA number. */
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
}
