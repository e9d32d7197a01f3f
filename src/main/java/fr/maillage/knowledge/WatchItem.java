package fr.maillage.knowledge;

import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * One news item read from a watched feed, unique per source by its guid (or link). The team tags,
 * stars and shares it; starred items feed the newsletter.
 */
@Entity
@Table(name = "knowledge_watch_item")
@Indexed(index = "knowledge-watch")
public class WatchItem {

    /** Index fields, for queries. */
    public static final String WORKSPACE = "workspaceId";
    public static final String SOURCE = "sourceId";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String TAGS = "tags";
    public static final String STARRED = "starred";
    public static final String FETCHED_AT = "fetchedAt";

    private static final int MAX_TAG = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField(name = WORKSPACE)
    private Long workspaceId;

    @GenericField(name = SOURCE)
    private Long sourceId;

    private String guid;

    @FullTextField(name = TITLE, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String title;

    private String link;

    @FullTextField(name = SUMMARY, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String summary;

    private Instant publishedAt;

    @GenericField(name = FETCHED_AT, sortable = Sortable.YES)
    private Instant fetchedAt;

    @GenericField(name = STARRED)
    private boolean starred;

    private boolean shared;

    @ElementCollection
    @CollectionTable(name = "knowledge_watch_item_tag", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "tag")
    @KeywordField(name = TAGS, aggregable = Aggregable.YES)
    private Set<String> tags = new TreeSet<>();

    @Version
    private long version;

    protected WatchItem() {
    }

    WatchItem(WatchSource source, String guid, String title, String link, String summary, Instant publishedAt) {
        this.workspaceId = source.getWorkspaceId();
        this.sourceId = source.getId();
        this.guid = guid;
        this.title = title;
        this.link = link;
        this.summary = summary;
        this.publishedAt = publishedAt;
        this.fetchedAt = Instant.now();
    }

    void star(boolean value) {
        this.starred = value;
    }

    void share() {
        this.shared = true;
    }

    /** Replaces the tags: lower case, trimmed, short, without duplicates. */
    void tag(Collection<String> newTags) {
        tags.clear();
        newTags.stream().filter(t -> t != null && !t.isBlank())
                .map(t -> t.strip().toLowerCase(Locale.FRENCH))
                .map(t -> t.length() > MAX_TAG ? t.substring(0, MAX_TAG) : t)
                .forEach(tags::add);
    }

    public Long getId() {
        return id;
    }

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public String getGuid() {
        return guid;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getFetchedAt() {
        return fetchedAt;
    }

    public boolean isStarred() {
        return starred;
    }

    public boolean isShared() {
        return shared;
    }

    public Set<String> getTags() {
        return tags;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return title;
    }
}
