package fr.maillage.knowledge;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
import fr.maillage.shared.text.RichText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A fiche d'expérience: what an action did, how and with what results, written so that others can
 * do it again. It goes draft → in review → published (on the public portal, under a stable slug)
 * → archived; a reviewer may send it back to draft and an archived sheet may be reopened.
 */
@Entity
@Table(name = "knowledge_sheet")
@Audited("experienceSheet")
@Indexed(index = "knowledge-sheet")
public class ExperienceSheet implements WorkspaceScoped {

    /** Index fields, for queries. */
    public static final String WORKSPACE = "workspaceId";
    public static final String STATUS = "status";
    public static final String TITLE = "title";
    public static final String SUMMARY = "summary";
    public static final String BODY = "body";
    public static final String THEMES = "themes";
    public static final String COMMUNES = "communes";
    public static final String PUBLISHED_AT = "publishedAt";
    public static final String UPDATED_AT = "updatedAt";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField(name = WORKSPACE)
    private Long workspaceId;

    @FullTextField(name = TITLE, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String title;

    private String slug;

    @FullTextField(name = SUMMARY, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String summary;

    @ElementCollection
    @CollectionTable(name = "knowledge_sheet_commune", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "commune_code")
    @KeywordField(name = COMMUNES, aggregable = Aggregable.YES)
    private Set<String> communeCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "knowledge_sheet_qpv", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "qpv_code")
    private Set<String> qpvCodes = new HashSet<>();

    private Long carrierId;

    @ElementCollection
    @CollectionTable(name = "knowledge_sheet_partner", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "organisation_id")
    private Set<Long> partnerIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "knowledge_sheet_theme", joinColumns = @JoinColumn(name = "sheet_id"))
    @Column(name = "theme_code")
    @KeywordField(name = THEMES, aggregable = Aggregable.YES)
    private Set<String> themeCodes = new HashSet<>();

    private String targetPublics;
    private LocalDate startDate;
    private LocalDate endDate;
    private String context;
    private String objectives;
    private String activities;
    private String means;
    private String results;
    private String lessons;
    private String transferability;
    private String contact;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = STATUS)
    private SheetStatus status;

    private Long sourceActionId;
    private Long authorId;
    private Instant createdAt;

    @GenericField(name = UPDATED_AT, sortable = Sortable.YES)
    private Instant updatedAt;

    @GenericField(name = PUBLISHED_AT, sortable = Sortable.YES)
    private Instant publishedAt;

    @Version
    private long version;

    protected ExperienceSheet() {
    }

    ExperienceSheet(Long workspaceId, Long authorId, Long sourceActionId, SheetDetails details) {
        this.workspaceId = workspaceId;
        this.authorId = authorId;
        this.sourceActionId = sourceActionId;
        this.status = SheetStatus.DRAFT;
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Replaces the content; rich text is sanitised here so that nothing unsafe is ever stored. */
    void describe(SheetDetails d) {
        if (status == SheetStatus.ARCHIVED) {
            throw new BusinessRuleException("knowledge.sheet.archivedReadOnly");
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new BusinessRuleException("knowledge.sheet.datesReversed");
        }
        this.title = d.title().strip();
        this.summary = blankToNull(d.summary());
        replace(communeCodes, d.communeCodes());
        replace(qpvCodes, d.qpvCodes());
        this.carrierId = d.carrierId();
        partnerIds.clear();
        partnerIds.addAll(d.partnerIds());
        replace(themeCodes, d.themeCodes());
        this.targetPublics = blankToNull(d.targetPublics());
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.context = RichText.sanitize(d.context());
        this.objectives = RichText.sanitize(d.objectives());
        this.activities = RichText.sanitize(d.activities());
        this.means = RichText.sanitize(d.means());
        this.results = RichText.sanitize(d.results());
        this.lessons = RichText.sanitize(d.lessons());
        this.transferability = RichText.sanitize(d.transferability());
        this.contact = blankToNull(d.contact());
        this.updatedAt = Instant.now();
    }

    void submit() {
        require(SheetStatus.DRAFT);
        status = SheetStatus.IN_REVIEW;
        updatedAt = Instant.now();
    }

    void sendBack() {
        require(SheetStatus.IN_REVIEW);
        status = SheetStatus.DRAFT;
        updatedAt = Instant.now();
    }

    /** Publishes under the given slug the first time; a sheet published again keeps its address. */
    void publish(String freeSlug) {
        require(SheetStatus.IN_REVIEW);
        status = SheetStatus.PUBLISHED;
        if (slug == null) {
            slug = freeSlug;
        }
        publishedAt = Instant.now();
        updatedAt = publishedAt;
    }

    void archive() {
        require(SheetStatus.PUBLISHED);
        status = SheetStatus.ARCHIVED;
        updatedAt = Instant.now();
    }

    void reopen() {
        require(SheetStatus.ARCHIVED);
        status = SheetStatus.DRAFT;
        updatedAt = Instant.now();
    }

    private void require(SheetStatus expected) {
        if (status != expected) {
            throw new BusinessRuleException("knowledge.sheet.wrongStatus");
        }
    }

    /** Whether the content may still change: drafts and sheets in review. */
    public boolean isEditable() {
        return status == SheetStatus.DRAFT || status == SheetStatus.IN_REVIEW;
    }

    public boolean isPublished() {
        return status == SheetStatus.PUBLISHED;
    }

    /** Every section as plain text, for the index, the feed and the global search. */
    @FullTextField(name = BODY, analyzer = FrenchAnalysisConfigurer.FRENCH)
    @IndexingDependency(derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "targetPublics")),
            @ObjectPath(@PropertyValue(propertyName = "context")),
            @ObjectPath(@PropertyValue(propertyName = "objectives")),
            @ObjectPath(@PropertyValue(propertyName = "activities")),
            @ObjectPath(@PropertyValue(propertyName = "means")),
            @ObjectPath(@PropertyValue(propertyName = "results")),
            @ObjectPath(@PropertyValue(propertyName = "lessons")),
            @ObjectPath(@PropertyValue(propertyName = "transferability"))})
    public String getBodyText() {
        return Stream.of(targetPublics, RichText.plain(context), RichText.plain(objectives), RichText.plain(activities),
                        RichText.plain(means), RichText.plain(results), RichText.plain(lessons),
                        RichText.plain(transferability))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
    }

    private static void replace(Set<String> target, Set<String> values) {
        target.clear();
        values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(target::add);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public Set<String> getCommuneCodes() {
        return communeCodes;
    }

    public Set<String> getQpvCodes() {
        return qpvCodes;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public Set<Long> getPartnerIds() {
        return partnerIds;
    }

    public Set<String> getThemeCodes() {
        return themeCodes;
    }

    public String getTargetPublics() {
        return targetPublics;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getContext() {
        return context;
    }

    public String getObjectives() {
        return objectives;
    }

    public String getActivities() {
        return activities;
    }

    public String getMeans() {
        return means;
    }

    public String getResults() {
        return results;
    }

    public String getLessons() {
        return lessons;
    }

    public String getTransferability() {
        return transferability;
    }

    public String getContact() {
        return contact;
    }

    public SheetStatus getStatus() {
        return status;
    }

    public Long getSourceActionId() {
        return sourceActionId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return title;
    }
}
