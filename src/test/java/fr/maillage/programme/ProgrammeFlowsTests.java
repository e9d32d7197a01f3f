package fr.maillage.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/**
 * The programme's use cases as another module or a page calls them: the strategy tree, the
 * fiches actions, their rules and duplication into next year.
 */
@Tag("database")
class ProgrammeFlowsTests extends ProgrammeTestSupport {

    @Test
    void the_strategy_tree_keeps_its_order_and_moves_up_and_down() {
        Long w = montbeliard.getId();
        Axis first = strategy.addAxis(w, "Cohésion sociale", null);
        Axis second = strategy.addAxis(w, "Emploi et développement économique", null);
        Objective a = strategy.addObjective(w, first.getId(), null, "Réussite éducative", null);
        Objective b = strategy.addObjective(w, first.getId(), null, "Santé", null);
        Objective a1 = strategy.addObjective(w, first.getId(), a.getId(), "Soutien à la parentalité", null);
        strategy.moveAxis(w, second.getId(), true);
        strategy.moveObjective(w, b.getId(), true);
        assertThat(programme.axes(w)).extracting(Axis::getTitle)
                .containsExactly("Emploi et développement économique", "Cohésion sociale");
        assertThat(programme.objectives(w)).extracting(Objective::getTitle)
                .containsExactly("Santé", "Réussite éducative", "Soutien à la parentalité");
        strategy.moveAxis(w, second.getId(), true);
        assertThat(programme.axes(w).get(0).getTitle()).isEqualTo("Emploi et développement économique");
        assertThatThrownBy(() -> strategy.deleteAxis(w, first.getId())).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> strategy.addObjective(w, second.getId(), a.getId(), "Mauvais parent", null))
                .isInstanceOf(BusinessRuleException.class);
        assertThat(a1.getLevel()).isEqualTo(ObjectiveLevel.OPERATIONAL);
    }

    @Test
    void a_cite_educative_gets_the_three_national_objectives_once() {
        assertThat(strategy.canPrefill(bourges.getId())).isTrue();
        strategy.prefillNationalObjectives(bourges.getId());
        assertThat(programme.axes(bourges.getId())).extracting(Axis::getTitle).containsExactly(
                "Conforter le rôle de l'école", "Promouvoir la continuité éducative", "Ouvrir le champ des possibles");
        assertThat(strategy.canPrefill(bourges.getId())).isFalse();
        assertThatThrownBy(() -> strategy.prefillNationalObjectives(bourges.getId()))
                .isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> strategy.prefillNationalObjectives(montbeliard.getId()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void an_action_is_created_filtered_and_duplicated_into_next_year() {
        Long w = montbeliard.getId();
        Objective[] tree = smallTree(montbeliard);
        ActionDraft draft = new ActionDraft("Atelier parents-enfants", centreSocial.getId(),
                List.of(new ActionPartner(college.getId(), "Mise à disposition de salles")), Set.of(tree[1].getId()),
                "<p>Un atelier <strong>hebdomadaire</strong><script>alert(1)</script></p>",
                Set.of(AgeBand.AGE_3_5, AgeBand.FAMILLES), 40, TargetGender.TOUS, null, null, Set.of("QN02501M"),
                LocalDate.of(2027, 1, 15), LocalDate.of(2027, 6, 30), ActionStatus.EN_COURS, 2027, false, null,
                new BigDecimal("12500.5"), contributeur.getId());
        Action action = programme.createAction(w, draft);
        assertThat(action.getDescription()).contains("<strong>hebdomadaire</strong>").doesNotContain("script");
        assertThat(action.getBudget()).isEqualByComparingTo("12500.50");
        assertThat(action.getBudget().scale()).isEqualTo(2);

        assertThat(programme.actions(w, new ActionFilters(2027, null, null, tree[0].getId(), null, "QN02501M",
                "parents"), PageRequest.of(0, 20)).getContent()).extracting(Action::getId).containsExactly(action.getId());
        assertThat(programme.actions(w, new ActionFilters(2026, null, null, null, null, null, null),
                PageRequest.of(0, 20)).getTotalElements()).isZero();

        Action next = programme.duplicateIntoNextYear(w, action.getId());
        assertThat(next.getYear()).isEqualTo(2028);
        assertThat(next.getStartDate()).isEqualTo(LocalDate.of(2028, 1, 15));
        assertThat(next.getEndDate()).isEqualTo(LocalDate.of(2028, 6, 30));
        assertThat(next.getStatus()).isEqualTo(ActionStatus.EN_PROJET);
        assertThat(next.getPreviousActionId()).isEqualTo(action.getId());
        assertThat(next.getPartners()).extracting(ActionPartner::role).containsExactly("Mise à disposition de salles");
        assertThat(programme.years(w)).containsExactly(2028, 2027);

        assertThat(directory.timeline(centreSocial.getId(), w)).extracting(e -> e.getLabel())
                .anyMatch(l -> l.contains("Atelier parents-enfants"));
        assertThat(programme.findAction(bourges.getId(), action.getId())).isEmpty();
        assertThatThrownBy(() -> programme.action(bourges.getId(), action.getId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_broken_action_is_refused_with_every_reason() {
        Long w = montbeliard.getId();
        Objective other = smallTree(bourges)[0];
        ActionDraft draft = new ActionDraft(" ", null, List.of(), Set.of(other.getId()), null, Set.of(), -3,
                TargetGender.TOUS, null, null, Set.of("QN02101M"), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 1, 1),
                ActionStatus.EN_PROJET, 2027, true, 2026, new BigDecimal("-1"), outsider.getId());
        assertThatThrownBy(() -> programme.createAction(w, draft)).isInstanceOfSatisfying(InvalidActionException.class,
                e -> assertThat(e.violations()).extracting(InvalidActionException.Violation::field).contains("title",
                        "carrierId", "objectiveIds", "qpvCodes", "endDate", "lastYear", "budget",
                        "expectedParticipants", "referentUserId"));
    }
}
