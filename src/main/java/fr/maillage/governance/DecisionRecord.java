package fr.maillage.governance;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A decision of a body (relevé de décisions), numbered per body and year: COPIL-2027-03. Linked
 * records (applications…) say what it acts on; a decision that validates the programme moves the
 * linked applications forward in the funding module.
 */
@Entity
@Table(name = "governance_decision")
@Audited("decision")
@Indexed(index = "governance-decision")
public class DecisionRecord implements WorkspaceScoped {

    /** Index fields. */
    public static final String WORKSPACE = "workspaceId";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String NUMBER = "number";
    public static final String DATE = "decidedOn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField(name = WORKSPACE)
    private Long workspaceId;

    private Long bodyId;
    private Long meetingId;
    private Long agendaItemId;

    @Column(name = "decision_year")
    private int year;

    private int sequenceNumber;

    @KeywordField(name = NUMBER)
    private String number;

    @FullTextField(name = TITLE, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String title;

    @FullTextField(name = TEXT, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String text;

    @Enumerated(EnumType.STRING)
    private DecisionStatus status;

    private boolean validatesProgramme;

    @GenericField(name = DATE, sortable = Sortable.YES)
    private LocalDate decidedOn;

    @ElementCollection
    @CollectionTable(name = "governance_decision_link", joinColumns = @JoinColumn(name = "decision_id"))
    private List<LinkRef> links = new ArrayList<>();

    @Version
    private long version;

    protected DecisionRecord() {
    }

    DecisionRecord(Meeting meeting, Body body, int sequenceNumber, Long agendaItemId, String title, String text,
            DecisionStatus status, boolean validatesProgramme, List<LinkRef> links) {
        this.workspaceId = meeting.getWorkspaceId();
        this.bodyId = body.getId();
        this.meetingId = meeting.getId();
        this.agendaItemId = agendaItemId;
        this.decidedOn = meeting.getDate();
        this.year = decidedOn.getYear();
        this.sequenceNumber = sequenceNumber;
        this.number = "%s-%d-%02d".formatted(body.getCode(), year, sequenceNumber);
        this.title = title.strip();
        this.text = text == null || text.isBlank() ? null : text.strip();
        this.status = status;
        this.validatesProgramme = validatesProgramme;
        this.links.addAll(links);
    }

    /** "COPIL-2027-03 — Programmation 2027". */
    public String label() {
        return number + " — " + title;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public int getYear() {
        return year;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public boolean isValidatesProgramme() {
        return validatesProgramme;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public List<LinkRef> getLinks() {
        return List.copyOf(links);
    }

    public long getVersion() {
        return version;
    }
}
