package fr.maillage.funding;

import static fr.maillage.funding.FundingStatus.A_COMPLETER;
import static fr.maillage.funding.FundingStatus.BROUILLON;
import static fr.maillage.funding.FundingStatus.DEPOSE;
import static fr.maillage.funding.FundingStatus.INSTRUIT;
import static fr.maillage.funding.FundingStatus.JUSTIFIE;
import static fr.maillage.funding.FundingStatus.NON_REALISE;
import static fr.maillage.funding.FundingStatus.NOTIFIE;
import static fr.maillage.funding.FundingStatus.RECEVABLE;
import static fr.maillage.funding.FundingStatus.REFUSE;
import static fr.maillage.funding.FundingStatus.REPORTE;
import static fr.maillage.funding.FundingStatus.SOLDE;
import static fr.maillage.funding.FundingStatus.VALIDE;
import static fr.maillage.funding.FundingStatus.VERSE;
import static fr.maillage.funding.FundingStatus.VERSE_PARTIELLEMENT;

import fr.maillage.shared.BusinessRuleException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state machine of a funding line, as one table: from each status, the statuses it may move to.
 * A step back (a refused line examined again, a validation reconsidered, a dossier sent back for
 * pieces) is itself a new transition, never an erasure: the timeline keeps both.
 */
public final class FundingLifecycle {

    private static final Map<FundingStatus, Set<FundingStatus>> ALLOWED = new EnumMap<>(FundingStatus.class);

    static {
        ALLOWED.put(BROUILLON, EnumSet.of(DEPOSE));
        ALLOWED.put(DEPOSE, EnumSet.of(A_COMPLETER, RECEVABLE));
        ALLOWED.put(A_COMPLETER, EnumSet.of(DEPOSE));
        ALLOWED.put(RECEVABLE, EnumSet.of(INSTRUIT));
        ALLOWED.put(INSTRUIT, EnumSet.of(VALIDE, REFUSE));
        ALLOWED.put(VALIDE, EnumSet.of(NOTIFIE, INSTRUIT));
        ALLOWED.put(REFUSE, EnumSet.of(INSTRUIT));
        ALLOWED.put(NOTIFIE, EnumSet.of(VERSE_PARTIELLEMENT, VERSE, NON_REALISE, REPORTE));
        ALLOWED.put(VERSE_PARTIELLEMENT, EnumSet.of(VERSE, NON_REALISE, REPORTE));
        ALLOWED.put(VERSE, EnumSet.of(JUSTIFIE, NON_REALISE, REPORTE));
        ALLOWED.put(JUSTIFIE, EnumSet.of(SOLDE));
        ALLOWED.put(NON_REALISE, EnumSet.of(SOLDE));
        ALLOWED.put(REPORTE, EnumSet.of(SOLDE));
        ALLOWED.put(SOLDE, EnumSet.noneOf(FundingStatus.class));
    }

    private FundingLifecycle() {
    }

    public static boolean allows(FundingStatus from, FundingStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** The statuses a line in this status may move to, in lifecycle order. */
    public static Set<FundingStatus> next(FundingStatus from) {
        return EnumSet.copyOf((EnumSet<FundingStatus>) ALLOWED.get(from));
    }

    /**
     * @throws BusinessRuleException {@code funding.transition.illegal} naming both statuses in French
     */
    public static void require(FundingStatus from, FundingStatus to) {
        if (!allows(from, to)) {
            throw new BusinessRuleException("funding.transition.illegal", FundingLabels.status(from),
                    FundingLabels.status(to));
        }
    }
}
