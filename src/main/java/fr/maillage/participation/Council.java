package fr.maillage.participation;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A conseil citoyen (or table de quartier, maison du projet) of a workspace: its QPV, two colleges,
 * charter, mandate, composition targets, and what of it the public portal may show.
 */
@Entity
@Table(name = "participation_council")
@Audited("council")
public class Council implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private CouncilKind kind;

    private String name;
    private String description;
    private LocalDate mandateStart;
    private LocalDate mandateEnd;
    private int residentSeats;
    private int actorSeats;
    private boolean genderParity;

    @ElementCollection
    @CollectionTable(name = "participation_council_qpv", joinColumns = @JoinColumn(name = "council_id"))
    @Column(name = "qpv_code")
    private Set<String> qpvCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "participation_council_target", joinColumns = @JoinColumn(name = "council_id"))
    private Set<CompositionTarget> targets = new HashSet<>();

    private String charterKey;
    private String charterFileName;
    private String charterContentType;

    private boolean published;
    private boolean publishCharter;
    private boolean publishMemberCounts;
    private boolean publishMeetings;
    private String publicContactEmail;

    @ElementCollection
    @CollectionTable(name = "participation_council_meeting", joinColumns = @JoinColumn(name = "council_id"))
    private Set<CouncilMeeting> meetings = new HashSet<>();

    private Instant createdAt;

    @Version
    private long version;

    protected Council() {
    }

    Council(Long workspaceId, CouncilDetails details) {
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Replaces the description; a mandate ending before it starts is refused. */
    void describe(CouncilDetails d) {
        if (d.mandateStart() != null && d.mandateEnd() != null && d.mandateEnd().isBefore(d.mandateStart())) {
            throw new BusinessRuleException("participation.council.mandate.order");
        }
        if (d.qpvCodes() == null || d.qpvCodes().isEmpty()) {
            throw new BusinessRuleException("participation.council.qpv.required");
        }
        this.kind = d.kind();
        this.name = d.name().strip();
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        this.mandateStart = d.mandateStart();
        this.mandateEnd = d.mandateEnd();
        this.residentSeats = Math.max(0, d.residentSeats());
        this.actorSeats = Math.max(0, d.actorSeats());
        this.genderParity = d.genderParity();
        this.qpvCodes.clear();
        this.qpvCodes.addAll(d.qpvCodes());
        this.targets.clear();
        if (d.ageTargets() != null) {
            d.ageTargets().forEach((band, seats) -> {
                if (seats != null && seats > 0) {
                    targets.add(new CompositionTarget(CompositionTarget.AGE, band.code(), seats));
                }
            });
        }
        if (d.quartierTargets() != null) {
            d.quartierTargets().forEach((qpv, seats) -> {
                if (seats != null && seats > 0 && qpvCodes.contains(qpv)) {
                    targets.add(new CompositionTarget(CompositionTarget.QUARTIER, qpv, seats));
                }
            });
        }
    }

    void attachCharter(String key, String fileName, String contentType) {
        this.charterKey = key;
        this.charterFileName = fileName;
        this.charterContentType = contentType;
    }

    void publish(CouncilPublication p) {
        this.published = p.published();
        this.publishCharter = p.charter();
        this.publishMemberCounts = p.memberCounts();
        this.publishMeetings = p.meetings();
        this.publicContactEmail = p.contactEmail() == null || p.contactEmail().isBlank() ? null
                : p.contactEmail().strip();
        this.meetings.clear();
        if (p.meetingDates() != null) {
            p.meetingDates().stream().filter(m -> m.date() != null).forEach(meetings::add);
        }
    }

    public CouncilDetails details() {
        Map<AgeBand, Integer> ages = new LinkedHashMap<>();
        Map<String, Integer> quartiers = new LinkedHashMap<>();
        for (CompositionTarget t : targets) {
            if (CompositionTarget.AGE.equals(t.dimension())) {
                ages.put(AgeBand.ofCode(t.category()), t.seats());
            } else {
                quartiers.put(t.category(), t.seats());
            }
        }
        return new CouncilDetails(kind, name, description, getQpvCodes(), mandateStart, mandateEnd, residentSeats,
                actorSeats, genderParity, ages, quartiers);
    }

    public CouncilPublication publication() {
        return new CouncilPublication(published, publishCharter, publishMemberCounts, publishMeetings,
                publicContactEmail, getMeetings());
    }

    /** Seats wanted for the category of a dimension ({@link CompositionTarget#AGE} or QUARTIER), or null. */
    public Integer target(String dimension, String category) {
        return targets.stream().filter(t -> t.dimension().equals(dimension) && t.category().equals(category))
                .map(CompositionTarget::seats).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public CouncilKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getMandateStart() {
        return mandateStart;
    }

    public LocalDate getMandateEnd() {
        return mandateEnd;
    }

    public int getResidentSeats() {
        return residentSeats;
    }

    public int getActorSeats() {
        return actorSeats;
    }

    public boolean isGenderParity() {
        return genderParity;
    }

    public List<String> getQpvCodes() {
        return qpvCodes.stream().sorted().toList();
    }

    public List<CompositionTarget> getTargets() {
        return targets.stream().sorted(Comparator.comparing(CompositionTarget::dimension)
                .thenComparing(CompositionTarget::category)).toList();
    }

    public boolean hasCharter() {
        return charterKey != null;
    }

    public String getCharterKey() {
        return charterKey;
    }

    public String getCharterFileName() {
        return charterFileName;
    }

    public String getCharterContentType() {
        return charterContentType;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isPublishCharter() {
        return publishCharter;
    }

    public boolean isPublishMemberCounts() {
        return publishMemberCounts;
    }

    public boolean isPublishMeetings() {
        return publishMeetings;
    }

    public String getPublicContactEmail() {
        return publicContactEmail;
    }

    public List<CouncilMeeting> getMeetings() {
        return new ArrayList<>(meetings.stream().sorted(Comparator.comparing(CouncilMeeting::date)).toList());
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
