package fr.maillage.search.internal;

import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
import fr.maillage.shared.search.SearchableContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * What the global search knows of one record of another module, as that module last published it.
 * The title and text are indexed twice: stemmed ({@code french}) for word families, and only folded
 * ({@code folded}) for typo tolerance, which must compare words as typed rather than their stems.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "search-document")
public class SearchDocument {

    /** Index fields. */
    public static final String TYPE = "type";
    public static final String REF_ID = "refId";
    public static final String WORKSPACE = "workspace";
    public static final String PUBLIC = "public";
    public static final String TITLE = "title";
    public static final String TITLE_FOLDED = "titleFolded";
    public static final String TEXT = "text";
    public static final String TEXT_FOLDED = "textFolded";
    public static final String THEMES = "themes";
    public static final String THEMES_TEXT = "themesText";
    public static final String TERRITORIES = "territories";
    public static final String TERRITORIES_TEXT = "territoriesText";
    public static final String YEAR = "year";
    public static final String URL = "url";
    public static final String EXCERPT = "excerpt";
    /** Length of the text's beginning shown when no word of the text matched. */
    public static final int EXCERPT_LENGTH = 200;
    /** Workspace value indexed for records that belong to no workspace. */
    public static final long NO_WORKSPACE = 0L;

    private static final String SEPARATOR = "\n";
    private static final int MAX_TEXT = 1_000_000;
    private static final int MAX_LIST = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "doc_type")
    @KeywordField(name = TYPE, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String type;

    @GenericField(name = REF_ID, projectable = Projectable.YES)
    private Long refId;

    @GenericField(name = WORKSPACE, indexNullAs = "0")
    private Long workspaceId;

    @GenericField(name = PUBLIC)
    private boolean visibleToPublic;

    @FullTextField(name = TITLE, analyzer = FrenchAnalysisConfigurer.FRENCH, projectable = Projectable.YES,
            highlightable = Highlightable.UNIFIED)
    @FullTextField(name = TITLE_FOLDED, analyzer = FrenchAnalysisConfigurer.FOLDED,
            highlightable = Highlightable.UNIFIED)
    private String title;

    @Column(name = "body")
    @FullTextField(name = TEXT, analyzer = FrenchAnalysisConfigurer.FRENCH, highlightable = Highlightable.UNIFIED)
    @FullTextField(name = TEXT_FOLDED, analyzer = FrenchAnalysisConfigurer.FOLDED,
            highlightable = Highlightable.UNIFIED)
    private String text;

    @FullTextField(name = THEMES_TEXT, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String themes;

    @FullTextField(name = TERRITORIES_TEXT, analyzer = FrenchAnalysisConfigurer.FOLDED)
    private String territories;

    @Column(name = "doc_year")
    @GenericField(name = YEAR, aggregable = Aggregable.YES, projectable = Projectable.YES)
    private Integer year;

    @KeywordField(name = URL, projectable = Projectable.YES, searchable = Searchable.NO)
    private String url;

    private Instant updatedAt;

    protected SearchDocument() {
    }

    SearchDocument(SearchableContent content) {
        this.type = content.type();
        this.refId = content.id();
        describe(content);
    }

    /** Takes the record as its module now describes it. */
    void describe(SearchableContent content) {
        this.workspaceId = content.workspaceId();
        this.visibleToPublic = content.visibleToPublic();
        this.title = truncate(Objects.requireNonNullElse(content.title(), "").strip(), 1000);
        this.text = truncate(content.text(), MAX_TEXT);
        this.themes = join(content.themes());
        this.territories = join(content.territories());
        this.year = content.year();
        this.url = content.url();
        this.updatedAt = Instant.now();
    }

    @Transient
    @KeywordField(name = THEMES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themes")))
    public List<String> getThemeList() {
        return split(themes);
    }

    @Transient
    @KeywordField(name = TERRITORIES, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "territories")))
    public List<String> getTerritoryList() {
        return split(territories);
    }

    @Transient
    @GenericField(name = EXCERPT, projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "text")))
    public String getExcerpt() {
        if (text == null || text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int end = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, end > EXCERPT_LENGTH / 2 ? end : EXCERPT_LENGTH) + " …";
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
    }

    private static String join(Collection<String> values) {
        if (values == null) {
            return null;
        }
        String joined = values.stream().filter(Objects::nonNull).map(v -> v.replace(SEPARATOR, " ").strip())
                .filter(v -> !v.isEmpty()).distinct().collect(Collectors.joining(SEPARATOR));
        if (joined.length() > MAX_LIST) {
            joined = joined.substring(0, joined.lastIndexOf(SEPARATOR, MAX_LIST));
        }
        return joined.isEmpty() ? null : joined;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public Long getRefId() {
        return refId;
    }

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public boolean isVisibleToPublic() {
        return visibleToPublic;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public String getThemes() {
        return themes;
    }

    public Integer getYear() {
        return year;
    }

    public String getUrl() {
        return url;
    }
}
