package fr.maillage.evaluation;

import fr.maillage.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measurement period of an indicator, written as users read it: {@code 2026} (year),
 * {@code 2025-2026} (school year) or {@code 2026-T1} (quarter). The year a period counts for in
 * yearly comparisons is its calendar year, or for a school year the year it ends.
 *
 * @param code the period as written
 */
public record Period(String code) implements Comparable<Period> {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-T([1-4])");

    public Period {
        code = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The period, checked against the indicator's periodicity. */
    public static Period parse(String code, Periodicity periodicity) {
        Period period = new Period(code);
        if (!period.matches(periodicity)) {
            throw new BusinessRuleException("evaluation.period.invalid." + periodicity, code);
        }
        return period;
    }

    public boolean matches(Periodicity periodicity) {
        return switch (periodicity) {
            case ANNUELLE -> YEAR.matcher(code).matches();
            case ANNEE_SCOLAIRE -> {
                Matcher m = SCHOOL_YEAR.matcher(code);
                yield m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1;
            }
            case TRIMESTRE -> QUARTER.matcher(code).matches();
        };
    }

    /** The calendar year the period counts for. */
    public int year() {
        Matcher school = SCHOOL_YEAR.matcher(code);
        if (school.matches()) {
            return Integer.parseInt(school.group(2));
        }
        return Integer.parseInt(code.substring(0, 4));
    }

    /** The period of this periodicity that holds the given year (the school year ending in it, its last quarter). */
    public static Period of(Periodicity periodicity, int year) {
        return switch (periodicity) {
            case ANNUELLE -> new Period(String.valueOf(year));
            case ANNEE_SCOLAIRE -> new Period((year - 1) + "-" + year);
            case TRIMESTRE -> new Period(year + "-T4");
        };
    }

    /** The periods of the given years, oldest first (four quarters a year). */
    public static List<Period> range(Periodicity periodicity, int fromYear, int toYear) {
        List<Period> periods = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            if (periodicity == Periodicity.TRIMESTRE) {
                for (int q = 1; q <= 4; q++) {
                    periods.add(new Period(y + "-T" + q));
                }
            } else {
                periods.add(of(periodicity, y));
            }
        }
        return periods;
    }

    @Override
    public int compareTo(Period other) {
        return code.compareTo(other.code);
    }

    @Override
    public String toString() {
        return code;
    }
}
