package fr.maillage.funding.web;

import fr.maillage.funding.Application;
import fr.maillage.funding.ApplicationDetails;
import fr.maillage.funding.BudgetAccount;
import fr.maillage.funding.BudgetLine;
import fr.maillage.funding.Funder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An application as typed in the CERFA-like form. The budget is a fixed grid: one amount per
 * account, and for account 74 one amount per funder, keyed {@code C60}, ..., {@code R74_CAF}. A bean
 * so that the grid binds as a map.
 */
public class ApplicationForm {

    private Long callId;

    @Min(value = 2000, message = "{funding.call.year.range}")
    @Max(value = 2100, message = "{funding.call.year.range}")
    private Integer year;

    private Long carrierId;

    private Long contactId;
    private Long assignedUserId;
    private Long actionId;

    @Size(max = 250, message = "{funding.application.axis.size}")
    private String axisLabel;

    @NotBlank(message = "{funding.application.title.required}")
    @Size(max = 250, message = "{funding.application.title.size}")
    private String title;

    @Size(max = 4000, message = "{funding.application.summary.size}")
    private String summary;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;

    private boolean multiYear;
    private boolean renewal;
    private boolean createAction;
    private Set<String> qpvCodes = new LinkedHashSet<>();
    private Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    private Long version;

    /** The keys of the budget grid, charges then resources. */
    static List<String> keys(boolean charges) {
        List<String> keys = new ArrayList<>();
        for (BudgetAccount account : BudgetAccount.values()) {
            if (account.isCharge() != charges) {
                continue;
            }
            if (account.needsFunder()) {
                for (Funder funder : Funder.values()) {
                    keys.add(account.name() + "_" + funder.name());
                }
            } else {
                keys.add(account.name());
            }
        }
        return keys;
    }

    /** The label of a key of the grid. */
    static String label(String key) {
        int cut = key.indexOf('_');
        if (cut < 0) {
            return BudgetAccount.valueOf(key).getLabel();
        }
        return BudgetAccount.valueOf(key.substring(0, cut)).getLabel() + " — "
                + Funder.valueOf(key.substring(cut + 1)).getLabel();
    }

    static ApplicationForm empty(int year, Long carrierId, Long callId) {
        ApplicationForm form = new ApplicationForm();
        form.year = year;
        form.carrierId = carrierId;
        form.callId = callId;
        return form;
    }

    static ApplicationForm of(Application a) {
        ApplicationForm form = new ApplicationForm();
        form.callId = a.getCallId();
        form.year = a.getYear();
        form.carrierId = a.getCarrierId();
        form.contactId = a.getContactId();
        form.assignedUserId = a.getAssignedUserId();
        form.actionId = a.getActionId();
        form.axisLabel = a.getAxisLabel();
        form.title = a.getTitle();
        form.summary = a.getSummary();
        form.startDate = a.getStartDate();
        form.endDate = a.getEndDate();
        form.multiYear = a.isMultiYear();
        form.renewal = a.isRenewal();
        form.qpvCodes = new LinkedHashSet<>(a.getQpvCodes());
        for (BudgetLine line : a.getBudget()) {
            String key = line.account().needsFunder() ? line.account().name() + "_" + line.funder().name()
                    : line.account().name();
            form.amounts.merge(key, line.amount(), BigDecimal::add);
        }
        form.version = a.getVersion();
        return form;
    }

    ApplicationDetails details() {
        List<BudgetLine> lines = new ArrayList<>();
        amounts.forEach((key, amount) -> {
            if (amount == null || amount.signum() == 0) {
                return;
            }
            int cut = key.indexOf('_');
            BudgetAccount account = BudgetAccount.valueOf(cut < 0 ? key : key.substring(0, cut));
            Funder funder = cut < 0 ? null : Funder.valueOf(key.substring(cut + 1));
            lines.add(new BudgetLine(account, funder, null, amount));
        });
        return new ApplicationDetails(callId, year, carrierId, contactId, assignedUserId, actionId, axisLabel, title,
                summary, startDate, endDate, multiYear, renewal, qpvCodes, lines);
    }

    /** Keys of the grid that are not accounts (tampered forms). */
    boolean hasUnknownKeys() {
        List<String> all = new ArrayList<>(keys(true));
        all.addAll(keys(false));
        return !all.containsAll(amounts.keySet());
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public void setCarrierId(Long carrierId) {
        this.carrierId = carrierId;
    }

    public Long getContactId() {
        return contactId;
    }

    public void setContactId(Long contactId) {
        this.contactId = contactId;
    }

    public Long getAssignedUserId() {
        return assignedUserId;
    }

    public void setAssignedUserId(Long assignedUserId) {
        this.assignedUserId = assignedUserId;
    }

    public Long getActionId() {
        return actionId;
    }

    public void setActionId(Long actionId) {
        this.actionId = actionId;
    }

    public String getAxisLabel() {
        return axisLabel;
    }

    public void setAxisLabel(String axisLabel) {
        this.axisLabel = axisLabel;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isMultiYear() {
        return multiYear;
    }

    public void setMultiYear(boolean multiYear) {
        this.multiYear = multiYear;
    }

    public boolean isRenewal() {
        return renewal;
    }

    public void setRenewal(boolean renewal) {
        this.renewal = renewal;
    }

    public boolean isCreateAction() {
        return createAction;
    }

    public void setCreateAction(boolean createAction) {
        this.createAction = createAction;
    }

    public Set<String> getQpvCodes() {
        return qpvCodes;
    }

    public void setQpvCodes(Set<String> qpvCodes) {
        this.qpvCodes = qpvCodes == null ? new LinkedHashSet<>() : qpvCodes;
    }

    public Map<String, BigDecimal> getAmounts() {
        return amounts;
    }

    public void setAmounts(Map<String, BigDecimal> amounts) {
        this.amounts = amounts == null ? new LinkedHashMap<>() : amounts;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
