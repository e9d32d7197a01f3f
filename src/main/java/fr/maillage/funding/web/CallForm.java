package fr.maillage.funding.web;

import fr.maillage.funding.CallDetails;
import fr.maillage.funding.CallForProjects;
import fr.maillage.funding.Criterion;
import fr.maillage.funding.Funder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A call for projects as typed in the form; the grid offers a fixed number of criterion rows, blank
 * rows being ignored. A bean rather than a record so that the rows bind by index.
 */
public class CallForm {

    static final int CRITERIA_ROWS = 8;

    @NotNull(message = "{funding.call.year.required}")
    @Min(value = 2000, message = "{funding.call.year.range}")
    @Max(value = 2100, message = "{funding.call.year.range}")
    private Integer year;

    @NotBlank(message = "{funding.call.title.required}")
    @Size(max = 250, message = "{funding.call.title.size}")
    private String title;

    @Size(max = 100000, message = "{funding.call.priorities.size}")
    private String priorities;

    @Size(max = 255, message = "{funding.call.aidScheme.size}")
    private String aidScheme;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openingDate;

    @NotNull(message = "{funding.call.deadline.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;

    @NotEmpty(message = "{funding.call.funders.required}")
    private Set<Funder> funders = EnumSet.noneOf(Funder.class);

    private List<CriterionRow> criteria = new ArrayList<>();

    private Long version;

    /** One row of the grid. */
    public static class CriterionRow {
        private String label;
        private Integer weight;
        private Integer maxScore;

        public CriterionRow() {
        }

        CriterionRow(String label, Integer weight, Integer maxScore) {
            this.label = label;
            this.weight = weight;
            this.maxScore = maxScore;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }

        public Integer getMaxScore() {
            return maxScore;
        }

        public void setMaxScore(Integer maxScore) {
            this.maxScore = maxScore;
        }

        boolean blank() {
            return label == null || label.isBlank();
        }
    }

    /** A new call with the grid DOMAIN.md lists for a contrat de ville. */
    static CallForm empty(int year) {
        CallForm form = new CallForm();
        form.year = year;
        form.funders = EnumSet.of(Funder.ETAT_BOP147, Funder.EPCI, Funder.COMMUNE, Funder.CAF);
        form.criteria.add(new CriterionRow("Profil du porteur", 1, 5));
        form.criteria.add(new CriterionRow("Présence dans les QPV", 2, 5));
        form.criteria.add(new CriterionRow("Faisabilité", 1, 5));
        form.criteria.add(new CriterionRow("Publics visés", 1, 5));
        form.criteria.add(new CriterionRow("Adéquation aux priorités", 2, 5));
        form.padCriteria();
        return form;
    }

    static CallForm of(CallForProjects call) {
        CallForm form = new CallForm();
        form.year = call.getYear();
        form.title = call.getTitle();
        form.priorities = call.getPriorities();
        form.aidScheme = call.getAidScheme();
        form.openingDate = call.getOpeningDate();
        form.deadline = call.getDeadline();
        form.funders = call.getFunders().isEmpty() ? EnumSet.noneOf(Funder.class) : EnumSet.copyOf(call.getFunders());
        call.getCriteria().forEach(c -> form.criteria.add(new CriterionRow(c.label(), c.weight(), c.maxScore())));
        form.version = call.getVersion();
        form.padCriteria();
        return form;
    }

    void padCriteria() {
        while (criteria.size() < CRITERIA_ROWS) {
            criteria.add(new CriterionRow());
        }
    }

    /** Index of the first filled row whose weight or maximum is missing or not positive, or -1. */
    int badCriterion() {
        for (int i = 0; i < criteria.size(); i++) {
            CriterionRow row = criteria.get(i);
            if (!row.blank() && (row.weight == null || row.weight < 1 || row.maxScore == null || row.maxScore < 1)) {
                return i;
            }
        }
        return -1;
    }

    CallDetails details() {
        List<Criterion> grid = criteria.stream().filter(r -> !r.blank())
                .map(r -> new Criterion(r.label.strip(), r.weight, r.maxScore)).toList();
        return new CallDetails(year, title, priorities, openingDate, deadline, funders, grid, aidScheme);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPriorities() {
        return priorities;
    }

    public void setPriorities(String priorities) {
        this.priorities = priorities;
    }

    public String getAidScheme() {
        return aidScheme;
    }

    public void setAidScheme(String aidScheme) {
        this.aidScheme = aidScheme;
    }

    public LocalDate getOpeningDate() {
        return openingDate;
    }

    public void setOpeningDate(LocalDate openingDate) {
        this.openingDate = openingDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public Set<Funder> getFunders() {
        return funders;
    }

    public void setFunders(Set<Funder> funders) {
        this.funders = funders == null ? EnumSet.noneOf(Funder.class) : funders;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }

    public void setCriteria(List<CriterionRow> criteria) {
        this.criteria = criteria;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
