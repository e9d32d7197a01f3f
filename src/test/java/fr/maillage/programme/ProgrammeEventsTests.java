package fr.maillage.programme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.directory.MergeOrganisations;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.shared.LinkedObject;
import fr.maillage.shared.LinkedObjectProvider;
import fr.maillage.shared.search.SearchableContent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What the programme tells the other modules: an action completed (for experience sheets), an
 * action to index in the global search, actions to link to; and what it hears: organisations
 * merged in the directory.
 */
@Tag("database")
@RecordApplicationEvents
class ProgrammeEventsTests extends ProgrammeTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    List<LinkedObjectProvider> providers;

    @Autowired
    MergeOrganisations merge;

    @Test
    void completing_an_action_is_announced_once_and_every_save_is_indexed() {
        Action action = programme.createAction(montbeliard.getId(), ActionDraft.of("Jardins partagés",
                centreSocial.getId(), 2027).withDates(null, null));
        assertThat(events.stream(SearchableContent.class)).anySatisfy(c -> {
            assertThat(c.type()).isEqualTo("action");
            assertThat(c.workspaceId()).isEqualTo(montbeliard.getId());
            assertThat(c.visibleToPublic()).isFalse();
            assertThat(c.url()).isEqualTo("/espaces/" + montbeliard.getId() + "/actions/" + action.getId());
        });
        Action done = programme.updateAction(montbeliard.getId(), action.getId(), action.getVersion(),
                action.draft().withStatus(ActionStatus.REALISEE));
        programme.updateAction(montbeliard.getId(), action.getId(), done.getVersion(),
                done.draft().withStatus(ActionStatus.REALISEE));
        assertThat(events.stream(ActionCompleted.class))
                .containsExactly(new ActionCompleted(montbeliard.getId(), action.getId(), "Jardins partagés",
                        centreSocial.getId(), 2027));
    }

    @Test
    void other_modules_link_to_actions_of_their_workspace_only() {
        Action action = programme.createAction(montbeliard.getId(),
                ActionDraft.of("Atelier vélo", centreSocial.getId(), 2027));
        LinkedObjectProvider actions = providers.stream().filter(p -> p.type().equals("action")).findFirst()
                .orElseThrow();
        assertThat(actions.search(montbeliard.getId(), "vélo", 10)).extracting(LinkedObject::label)
                .containsExactly("Atelier vélo (2027)");
        assertThat(actions.find(montbeliard.getId(), action.getId())).isPresent();
        assertThat(actions.find(bourges.getId(), action.getId())).isEmpty();
        assertThat(actions.search(bourges.getId(), "vélo", 10)).isEmpty();
    }

    @Test
    void a_merged_carrier_or_partner_is_replaced_by_the_organisation_kept() {
        Organisation duplicate = organisation("Centre social Les Buis (doublon) " + System.nanoTime(),
                OrganisationKind.ASSOCIATION);
        Action carried = programme.createAction(montbeliard.getId(),
                ActionDraft.of("Repair café", duplicate.getId(), 2027));
        Action partnered = programme.createAction(montbeliard.getId(), new ActionDraft("Bourse aux vêtements",
                college.getId(), List.of(new ActionPartner(duplicate.getId(), "Tri")), Set.of(), null, Set.of(),
                null, null, null, null, Set.of(), null, null, null, 2027, false, null, null, null));
        merge.merge(centreSocial.getId(), duplicate.getId());
        assertThat(programme.action(montbeliard.getId(), carried.getId()).getCarrierId())
                .isEqualTo(centreSocial.getId());
        assertThat(programme.action(montbeliard.getId(), partnered.getId()).getPartners())
                .containsExactly(new ActionPartner(centreSocial.getId(), "Tri"));
    }
}
