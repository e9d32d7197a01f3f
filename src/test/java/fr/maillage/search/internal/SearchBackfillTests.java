package fr.maillage.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.shared.search.SearchableSource;
import fr.maillage.testing.MaillageTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that existed before their module published search events get indexed by the backfill the
 * application starts in the background once it is ready.
 */
@MaillageTest
@Tag("database")
class SearchBackfillTests {

    @Autowired
    SearchBackfill backfill;

    @Autowired
    List<SearchableSource> sources;

    @Autowired
    SearchDocuments documents;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    LockProvider lockProvider;

    @BeforeEach
    void startupBackfillIsOver() {
        backfill.awaitStartupRun(Duration.ofMinutes(2));
    }

    @Test
    void organisations_missing_from_the_search_are_indexed_in_batches() {
        Organisation organisation = directory.createOrganisation(new OrganisationDetails(
                "Régie de quartier " + System.nanoTime(), null, OrganisationKind.ASSOCIATION, null, null, null, null,
                null, null, Set.of(), Set.of(), null, null, null));
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> documents.delete(
                documents.findByTypeAndRefId("organisation", organisation.getId()).orElseThrow()));
        SearchableSource organisations = sources.stream().filter(s -> s.type().equals("organisation")).findFirst()
                .orElseThrow();

        assertThat(backfill.backfill(organisations)).isEqualTo(1);

        assertThat(documents.findByTypeAndRefId("organisation", organisation.getId())).get()
                .extracting(SearchDocument::getTitle).isEqualTo(organisation.getName());
        assertThat(backfill.backfill(organisations)).isZero();
    }

    @Test
    void a_run_picks_up_what_a_stopped_run_left_and_adds_no_duplicates() {
        List<Organisation> created = java.util.stream.IntStream.range(0, 3).mapToObj(i -> directory.createOrganisation(
                new OrganisationDetails("Régie de quartier " + i + " " + System.nanoTime(), null,
                        OrganisationKind.ASSOCIATION, null, null, null, null, null, null, Set.of(), Set.of(), null,
                        null, null))).toList();
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> created.stream().skip(1)
                .forEach(o -> documents.delete(documents.findByTypeAndRefId("organisation", o.getId()).orElseThrow())));

        assertThat(backfill.runLocked()).isTrue();

        created.forEach(o -> assertThat(documents.findByTypeAndRefId("organisation", o.getId())).isPresent());
        assertThat(documents.refIdsAmong("organisation", created.stream().map(Organisation::getId).toList()))
                .hasSize(3);
        assertThat(backfill.runLocked()).isTrue();
        assertThat(documents.refIdsAmong("organisation", created.stream().map(Organisation::getId).toList()))
                .hasSize(3);
    }

    @Test
    void a_node_skips_the_backfill_while_another_runs_it() {
        Optional<SimpleLock> held = lockProvider.lock(new LockConfiguration(Instant.now(), SearchBackfill.LOCK,
                Duration.ofMinutes(1), Duration.ZERO));
        assertThat(held).isPresent();
        try {
            assertThat(backfill.runLocked()).isFalse();
        } finally {
            held.get().unlock();
        }
        assertThat(backfill.runLocked()).isTrue();
    }
}
