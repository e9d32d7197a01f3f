package fr.maillage.bench.dataset;

import java.util.SplittableRandom;

/**
 * French company and association identifiers with valid check digits: SIREN (9 digits, Luhn),
 * SIRET (SIREN + 5-digit establishment number, Luhn over the 14 digits) and RNA ({@code W} + 9
 * digits). La Poste's SIREN 356000000, whose SIRETs follow another rule, is never produced.
 */
public final class Identifiers {

    static final String LA_POSTE = "356000000";

    private Identifiers() {
    }

    /** Whether the digits pass the Luhn check (the rightmost digit is the check digit). */
    public static boolean luhnValid(String digits) {
        if (digits == null || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return luhnSum(digits, false) % 10 == 0;
    }

    /** A random SIREN with a valid check digit. */
    public static String siren(SplittableRandom random) {
        while (true) {
            String body = String.format("%08d", random.nextInt(100_000_000));
            String siren = body + checkDigit(body);
            if (siren.charAt(0) != '0' && !siren.equals(LA_POSTE)) {
                return siren;
            }
        }
    }

    /**
     * A SIRET of the given SIREN: the establishment number {@code nic} (1 for the head office) on
     * four digits, then the digit that makes the 14 digits pass the Luhn check.
     */
    public static String siret(String siren, int nic) {
        if (nic < 1 || nic > 9_999) {
            throw new IllegalArgumentException("Establishment number out of range: " + nic);
        }
        String body = siren + String.format("%04d", nic);
        return body + checkDigit(body);
    }

    /** An RNA number: {@code W} then the département's digits and a serial number, 9 digits in all. */
    public static String rna(String departement, SplittableRandom random) {
        String prefix = departement.chars().allMatch(Character::isDigit) ? departement : "20";
        prefix = prefix.length() > 3 ? prefix.substring(0, 3) : prefix;
        StringBuilder rna = new StringBuilder("W").append(prefix);
        while (rna.length() < 10) {
            rna.append(random.nextInt(10));
        }
        return rna.toString();
    }

    /** The digit to append to {@code body} so that the whole passes the Luhn check. */
    static int checkDigit(String body) {
        return (10 - luhnSum(body, true) % 10) % 10;
    }

    /**
     * The Luhn sum: from the right, every second digit is doubled (minus 9 above 9); when a check
     * digit is still to be appended, the rightmost digit of {@code digits} is the first doubled one.
     */
    private static int luhnSum(String digits, boolean checkDigitMissing) {
        int sum = 0;
        boolean doubled = checkDigitMissing;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum;
    }
}
