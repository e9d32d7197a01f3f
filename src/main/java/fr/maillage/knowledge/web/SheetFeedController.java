package fr.maillage.knowledge.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.KnowledgeSearch;
import fr.maillage.shared.MaillageProperties;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The RSS feed of the latest published sheets, cacheable for a few minutes by browsers and proxies.
 */
@Controller
class SheetFeedController {

    private static final int ENTRIES = 30;

    private final KnowledgeSearch search;
    private final KnowledgeViews views;
    private final MaillageProperties properties;

    SheetFeedController(KnowledgeSearch search, KnowledgeViews views, MaillageProperties properties) {
        this.search = search;
        this.views = views;
        this.properties = properties;
    }

    @GetMapping("/fiches.rss")
    ResponseEntity<String> feed() throws FeedException {
        String base = properties.baseUrl().replaceAll("/+$", "");
        List<ExperienceSheet> sheets = search.sheets(null, KnowledgeSearch.SheetFilters.none(),
                PageRequest.of(0, ENTRIES)).getContent();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("rss_2.0");
        feed.setTitle(views.text("knowledge.feed.title"));
        feed.setDescription(views.text("knowledge.feed.description"));
        feed.setLink(base + "/fiches");
        feed.setLanguage("fr");
        List<SyndEntry> entries = new ArrayList<>();
        for (ExperienceSheet sheet : sheets) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(sheet.getTitle());
            entry.setLink(base + "/fiches/" + sheet.getSlug());
            entry.setUri(base + "/fiches/" + sheet.getSlug());
            entry.setPublishedDate(Date.from(sheet.getPublishedAt()));
            SyndContentImpl description = new SyndContentImpl();
            description.setType("text/plain");
            description.setValue(sheet.getSummary() == null ? "" : sheet.getSummary());
            entry.setDescription(description);
            entries.add(entry);
        }
        feed.setEntries(entries);
        if (!sheets.isEmpty()) {
            feed.setPublishedDate(Date.from(sheets.get(0).getPublishedAt()));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(new SyndFeedOutput().outputString(feed));
    }
}
