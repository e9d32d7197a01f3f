package fr.maillage.workspace;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import fr.maillage.territory.TerritoryKind;
import jakarta.persistence.CollectionTable;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An espace de travail: one contrat de ville, cité éducative, PRE or centre de ressources, with its
 * territory perimeter. Every workspace record of the other modules hangs on one.
 */
@Entity
@Table(name = "workspace_workspace")
@Audited("workspace")
public class Workspace implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private WorkspaceType type;

    private String name;
    private String description;
    private LocalDate startDate;
    private LocalDate endDate;
    private Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "workspace_perimeter", joinColumns = @JoinColumn(name = "workspace_id"))
    private Set<PerimeterEntry> perimeter = new HashSet<>();

    @Version
    private long version;

    protected Workspace() {
    }

    Workspace(WorkspaceType type, String name, String description, LocalDate startDate, LocalDate endDate) {
        this.type = type;
        this.createdAt = Instant.now();
        describe(name, description, startDate, endDate);
    }

    void describe(String newName, String newDescription, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new fr.maillage.shared.BusinessRuleException("workspace.form.dates.order");
        }
        this.name = newName.strip();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        this.startDate = start;
        this.endDate = end;
    }

    void addToPerimeter(TerritoryKind kind, String code) {
        perimeter.add(new PerimeterEntry(kind, code));
    }

    void removeFromPerimeter(TerritoryKind kind, String code) {
        perimeter.remove(new PerimeterEntry(kind, code));
    }

    /** The codes of one kind in the perimeter, sorted. */
    public List<String> perimeterCodes(TerritoryKind kind) {
        return perimeter.stream().filter(e -> e.kind() == kind).map(PerimeterEntry::code)
                .sorted(Comparator.naturalOrder()).toList();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return id;
    }

    public WorkspaceType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<PerimeterEntry> getPerimeter() {
        return Set.copyOf(perimeter);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
