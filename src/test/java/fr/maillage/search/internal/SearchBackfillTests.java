package fr.maillage.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.shared.search.SearchableSource;
import fr.maillage.testing.MaillageTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that existed before their module published search events get indexed at start-up.
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
}
