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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.maillage.shared.BusinessRuleException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The state machine of a funding line, checked exhaustively: every pair of statuses is either in
 * the table below (DOMAIN.md's lifecycle plus the steps back it allows) or refused.
 */
class FundingLifecycleTests {

    private static final Map<FundingStatus, Set<FundingStatus>> EXPECTED = Map.ofEntries(
            Map.entry(BROUILLON, EnumSet.of(DEPOSE)),
            Map.entry(DEPOSE, EnumSet.of(A_COMPLETER, RECEVABLE)),
            Map.entry(A_COMPLETER, EnumSet.of(DEPOSE)),
            Map.entry(RECEVABLE, EnumSet.of(INSTRUIT)),
            Map.entry(INSTRUIT, EnumSet.of(VALIDE, REFUSE)),
            Map.entry(VALIDE, EnumSet.of(NOTIFIE, INSTRUIT)),
            Map.entry(REFUSE, EnumSet.of(INSTRUIT)),
            Map.entry(NOTIFIE, EnumSet.of(VERSE_PARTIELLEMENT, VERSE, NON_REALISE, REPORTE)),
            Map.entry(VERSE_PARTIELLEMENT, EnumSet.of(VERSE, NON_REALISE, REPORTE)),
            Map.entry(VERSE, EnumSet.of(JUSTIFIE, NON_REALISE, REPORTE)),
            Map.entry(JUSTIFIE, EnumSet.of(SOLDE)),
            Map.entry(NON_REALISE, EnumSet.of(SOLDE)),
            Map.entry(REPORTE, EnumSet.of(SOLDE)),
            Map.entry(SOLDE, EnumSet.noneOf(FundingStatus.class)));

    @Test
    void every_pair_of_statuses_is_allowed_exactly_when_the_table_says_so() {
        int allowed = 0;
        for (FundingStatus from : FundingStatus.values()) {
            for (FundingStatus to : FundingStatus.values()) {
                boolean expected = EXPECTED.get(from).contains(to);
                assertThat(FundingLifecycle.allows(from, to)).as(from + " → " + to).isEqualTo(expected);
                if (expected) {
                    allowed++;
                    FundingLifecycle.require(from, to);
                } else {
                    assertThatThrownBy(() -> FundingLifecycle.require(from, to))
                            .isInstanceOf(BusinessRuleException.class)
                            .satisfies(e -> assertThat(((BusinessRuleException) e).messageKey())
                                    .isEqualTo("funding.transition.illegal"));
                }
            }
            assertThat(FundingLifecycle.next(from)).isEqualTo(EXPECTED.get(from));
        }
        assertThat(allowed).isEqualTo(23);
    }

    @Test
    void every_status_is_reachable_from_a_draft_and_leads_to_the_balance() {
        Set<FundingStatus> reached = new HashSet<>(Set.of(BROUILLON));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (FundingStatus from : Set.copyOf(reached)) {
                grew |= reached.addAll(FundingLifecycle.next(from));
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(FundingStatus.values());
        for (FundingStatus status : FundingStatus.values()) {
            assertThat(leadsTo(status, SOLDE, new HashSet<>())).as(status + " leads to SOLDE").isTrue();
        }
    }

    @Test
    void only_decided_lines_count_as_granted() {
        assertThat(EnumSet.allOf(FundingStatus.class).stream().filter(FundingStatus::isGranted))
                .containsExactlyInAnyOrder(VALIDE, NOTIFIE, VERSE_PARTIELLEMENT, VERSE, JUSTIFIE, NON_REALISE, REPORTE,
                        SOLDE);
    }

    private static boolean leadsTo(FundingStatus from, FundingStatus target, Set<FundingStatus> seen) {
        if (from == target) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return FundingLifecycle.next(from).stream().anyMatch(next -> leadsTo(next, target, seen));
    }
}
