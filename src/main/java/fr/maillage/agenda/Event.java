package fr.maillage.agenda;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
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
import org.hibernate.annotations.BatchSize;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An event organised by a workspace (and possibly linked to others): a regional day, a workshop, a
 * webinar, a visit, or a qualification cycle of several sessions. Its first and last session's
 * times are kept on it so that listings need no join.
 */
@Entity
@Table(name = "agenda_event")
@Audited("agendaEvent")
public class Event implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    private String title;
    private String slug;
    private String summary;
    private String description;
    private String place;
    private String onlineUrl;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    private int capacity;
    private LocalDateTime registrationDeadline;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private boolean surveyAnonymous;
    private Instant surveySentAt;
    private Instant createdAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "agenda_event_theme", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "theme_code")
    private Set<String> themeCodes = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "agenda_event_public", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "public_code")
    @Enumerated(EnumType.STRING)
    private Set<TargetPublic> publics = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "agenda_event_workspace", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "workspace_id")
    private Set<Long> linkedWorkspaceIds = new HashSet<>();

    @Version
    private long version;

    protected Event() {
    }

    Event(Long workspaceId, EventDetails details) {
        this.workspaceId = workspaceId;
        this.status = EventStatus.DRAFT;
        this.createdAt = Instant.now();
        describe(details);
    }

    void describe(EventDetails details) {
        if (details.capacity() < 1) {
            throw new BusinessRuleException("agenda.event.capacity.positive");
        }
        this.kind = details.kind();
        this.title = details.title().strip();
        this.slug = slugOf(title);
        this.summary = blankToNull(details.summary());
        this.description = blankToNull(details.description());
        this.place = blankToNull(details.place());
        this.onlineUrl = blankToNull(details.onlineUrl());
        this.audience = details.audience();
        this.capacity = details.capacity();
        this.registrationDeadline = details.registrationDeadline();
        this.surveyAnonymous = details.surveyAnonymous();
        this.themeCodes.clear();
        this.themeCodes.addAll(details.themeCodes());
        this.publics.clear();
        this.publics.addAll(details.publics());
        this.linkedWorkspaceIds.clear();
        details.linkedWorkspaceIds().stream().filter(id -> !id.equals(workspaceId)).forEach(linkedWorkspaceIds::add);
    }

    /** Opens the event on the portal (or to the linked workspaces); it needs a session first. */
    void publish() {
        if (status == EventStatus.CANCELLED) {
            throw new BusinessRuleException("agenda.event.cancelled");
        }
        if (startsAt == null) {
            throw new BusinessRuleException("agenda.event.noSession");
        }
        status = EventStatus.PUBLISHED;
    }

    void unpublish() {
        if (status == EventStatus.PUBLISHED) {
            status = EventStatus.DRAFT;
        }
    }

    void cancel() {
        status = EventStatus.CANCELLED;
    }

    void surveySent() {
        this.surveySentAt = Instant.now();
    }

    /** Keeps the first start and last end of the sessions, for listings and the calendar file. */
    void span(LocalDateTime first, LocalDateTime last) {
        this.startsAt = first;
        this.endsAt = last;
    }

    /** Whether a person may register now: published, not started, deadline not passed. */
    public boolean registrationOpen(LocalDateTime now) {
        return status == EventStatus.PUBLISHED && startsAt != null && now.isBefore(startsAt)
                && (registrationDeadline == null || !now.isAfter(registrationDeadline));
    }

    public boolean isPublic() {
        return audience == Audience.PUBLIC && status == EventStatus.PUBLISHED;
    }

    /** Whether the workspace organises the event or is linked to it. */
    public boolean involves(Long otherWorkspaceId) {
        return workspaceId.equals(otherWorkspaceId) || linkedWorkspaceIds.contains(otherWorkspaceId);
    }

    /** The public page's path, with a readable slug after the id. */
    public String publicPath() {
        return "/evenements/" + id + "-" + slug;
    }

    static String slugOf(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        String slug = folded.length() > 80 ? folded.substring(0, 80).replaceAll("-$", "") : folded;
        return slug.isEmpty() ? "evenement" : slug;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public EventKind getKind() {
        return kind;
    }

    public EventStatus getStatus() {
        return status;
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

    public String getDescription() {
        return description;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public Audience getAudience() {
        return audience;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDateTime getRegistrationDeadline() {
        return registrationDeadline;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public boolean isSurveyAnonymous() {
        return surveyAnonymous;
    }

    public Instant getSurveySentAt() {
        return surveySentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getThemeCodes() {
        return themeCodes;
    }

    public Set<TargetPublic> getPublics() {
        return publics;
    }

    public Set<Long> getLinkedWorkspaceIds() {
        return linkedWorkspaceIds;
    }

    public long getVersion() {
        return version;
    }
}
