package fr.maillage.search;

import fr.maillage.account.UserAccount;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableRemoved;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two workspaces with a member each, and content published the way the modules publish it: an
 * event inside the writing transaction.
 */
abstract class SearchTestSupport {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    GlobalSearch search;

    /** A word no other test uses, to keep each test's results apart. */
    String marker;
    UserAccount memberOfA;
    UserAccount memberOfB;
    UserAccount admin;
    Workspace a;
    Workspace b;

    @BeforeEach
    void workspacesAndMembers() {
        marker = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        memberOfA = users.create("Anne Espace", false);
        memberOfB = users.create("Bruno Espace", false);
        admin = users.create("Ada Admin", true);
        a = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville A " + marker, null, null, null);
        b = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative B " + marker, null, null, null);
        workspaces.addMember(a.getId(), memberOfA.getId(), WorkspaceRole.LECTEUR);
        workspaces.addMember(b.getId(), memberOfB.getId(), WorkspaceRole.PILOTE);
    }

    SearchableContent publish(String type, Long workspaceId, boolean isPublic, String title, String text,
            List<String> themes, List<String> territories, Integer year) {
        long id = IDS.incrementAndGet();
        SearchableContent content = new SearchableContent(type, id, workspaceId, isPublic, title + " " + marker,
                text, themes, territories, year, "/test/" + type + "/" + id);
        publish(content);
        return content;
    }

    void publish(Object event) {
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> events.publishEvent(event));
    }

    void remove(SearchableContent content) {
        publish(new SearchableRemoved(content.type(), content.id()));
    }

    Searcher searcher(UserAccount user) {
        return search.searcher(users.principal(user));
    }

    List<String> titles(String q, Searcher searcher) {
        return search.search(SearchRequest.of(q + " " + marker), searcher, org.springframework.data.domain.PageRequest.of(0, 50))
                .page().getContent().stream().map(SearchHit::title).map(t -> t.replace(" " + marker, "")).toList();
    }
}
