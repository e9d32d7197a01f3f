package fr.maillage.evaluation;

import fr.maillage.directory.Contact;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.Tokens;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data-entry campaigns: launch (one request and one personal link per action's carrier contact),
 * answers through the link without an account, reminders, revocation, validation that makes the
 * answered values official.
 */
@Service
@Transactional
public class CampaignManagement {

    /** Who is asked for one action: a contact of the workspace from the carrier organisation. */
    public record Recipient(Long actionId, Long contactId) {
    }

    /** A request's answer form: the campaign, the request, and per indicator its period and parts. */
    public record AnswerForm(Campaign campaign, CampaignRequest request, List<AnswerItem> items) {
    }

    /** One indicator to answer: its period for this campaign, its parts, the values already given. */
    public record AnswerItem(Indicator indicator, String period, List<Breakdown> parts, Map<Breakdown, BigDecimal> given) {
    }

    /** A campaign whose answers wait for validation, for the home page. */
    public record Waiting(Long workspaceId, Long campaignId, String title, long answers) {
    }

    /** A campaign's progress: requests, answered, validated. */
    public record Progress(long requests, long answered, long validated) {
    }

    private final Campaigns campaigns;
    private final CampaignRequests requests;
    private final Measurements measurements;
    private final EvaluationManagement evaluation;
    private final ProgrammeView programme;
    private final DirectoryManagement directory;
    private final CampaignMails mails;

    CampaignManagement(Campaigns campaigns, CampaignRequests requests, Measurements measurements,
            EvaluationManagement evaluation, ProgrammeView programme, DirectoryManagement directory,
            CampaignMails mails) {
        this.campaigns = campaigns;
        this.requests = requests;
        this.measurements = measurements;
        this.evaluation = evaluation;
        this.programme = programme;
        this.directory = directory;
        this.mails = mails;
    }

    @Transactional(readOnly = true)
    public Page<Campaign> campaigns(Long workspaceId, Pageable pageable) {
        return campaigns.findByWorkspaceIdOrderByCreatedAtDesc(workspaceId, pageable);
    }

    @Transactional(readOnly = true)
    public Campaign campaign(Long workspaceId, Long campaignId) {
        return campaigns.findByIdAndWorkspaceId(campaignId, workspaceId)
                .orElseThrow(() -> new NotFoundException("campaign " + campaignId));
    }

    @Transactional(readOnly = true)
    public List<CampaignRequest> requests(Long workspaceId, Long campaignId) {
        campaign(workspaceId, campaignId);
        return requests.findByCampaignIdOrderByActionTitleAsc(campaignId);
    }

    @Transactional(readOnly = true)
    public Map<Long, Progress> progress(Collection<Long> campaignIds) {
        Map<Long, Progress> progress = new HashMap<>();
        if (!campaignIds.isEmpty()) {
            for (Object[] row : requests.progress(campaignIds)) {
                progress.put((Long) row[0], new Progress(((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()));
            }
        }
        return progress;
    }

    /** The campaigns of these workspaces with answers waiting for validation (at most ten). */
    @Transactional(readOnly = true)
    public List<Waiting> waitingForValidation(Collection<Long> workspaceIds) {
        if (workspaceIds.isEmpty()) {
            return List.of();
        }
        List<Waiting> waiting = new ArrayList<>();
        for (Object[] row : requests.waitingForValidation(workspaceIds)) {
            campaigns.findById((Long) row[0]).ifPresent(c -> waiting.add(
                    new Waiting(c.getWorkspaceId(), c.getId(), c.getTitle(), ((Number) row[1]).longValue())));
        }
        return waiting.stream().limit(10).toList();
    }

    /** The actions a campaign can ask about (those with action-level indicators), with their carrier's contacts. */
    @Transactional(readOnly = true)
    public Map<ProgrammeView.ActionRef, List<Contact>> candidates(Long workspaceId) {
        List<ProgrammeView.ActionRef> actions = programme.actions(workspaceId);
        List<Long> measured = evaluation.indicatorsOfActions(workspaceId,
                actions.stream().map(ProgrammeView.ActionRef::id).toList()).stream().map(Indicator::getActionId).toList();
        Map<ProgrammeView.ActionRef, List<Contact>> candidates = new LinkedHashMap<>();
        for (ProgrammeView.ActionRef action : actions) {
            if (measured.contains(action.id())) {
                candidates.put(action, action.carrierId() == null ? List.of()
                        : directory.contactsOf(workspaceId, action.carrierId()).stream()
                                .filter(c -> c.getEmail() != null).toList());
            }
        }
        return candidates;
    }

    /**
     * Launches a campaign: one request per recipient, each with its personal link sent by e-mail.
     */
    public Campaign launch(Long workspaceId, String title, String period, LocalDate deadline, int linkExtraDays,
            List<Recipient> recipients) {
        if (recipients.isEmpty()) {
            throw new BusinessRuleException("evaluation.campaign.recipients.empty");
        }
        Campaign campaign = campaigns.save(new Campaign(workspaceId, title, period, deadline, linkExtraDays));
        for (Recipient r : recipients) {
            ProgrammeView.ActionRef action = programme.action(workspaceId, r.actionId())
                    .orElseThrow(() -> new NotFoundException("action " + r.actionId()));
            Contact contact = directory.contact(workspaceId, r.contactId());
            boolean ofCarrier = contact.getAffiliations().stream()
                    .anyMatch(a -> a.organisationId().equals(action.carrierId()));
            if (!ofCarrier || contact.getEmail() == null) {
                throw new BusinessRuleException("evaluation.campaign.recipient.invalid", contact.fullName(), action.title());
            }
            CampaignRequest request = new CampaignRequest(campaign, action.id(), action.title(), action.carrierId(),
                    contact.getId(), contact.fullName(), contact.getEmail());
            String secret = request.issueLink();
            requests.save(request);
            mails.request(campaign, request, secret);
        }
        return campaign;
    }

    /** Reminds one unanswered request: a new link replaces the former one. */
    public void remind(Long workspaceId, Long campaignId, Long requestId) {
        Campaign campaign = openCampaign(workspaceId, campaignId);
        CampaignRequest request = request(campaignId, requestId);
        if (request.isAnswered()) {
            throw new BusinessRuleException("evaluation.campaign.remind.answered");
        }
        remind(campaign, request);
    }

    /** Reminds every request that has no answer yet and whose link was not revoked; returns how many. */
    public int remindAll(Long workspaceId, Long campaignId) {
        Campaign campaign = openCampaign(workspaceId, campaignId);
        int count = 0;
        for (CampaignRequest request : requests.findByCampaignIdOrderByActionTitleAsc(campaignId)) {
            if (!request.isAnswered() && !request.isRevoked()) {
                remind(campaign, request);
                count++;
            }
        }
        return count;
    }

    private void remind(Campaign campaign, CampaignRequest request) {
        String secret = request.issueLink();
        request.reminded();
        mails.reminder(campaign, request, secret);
    }

    /** Stops a request's link at once. */
    public void revoke(Long workspaceId, Long campaignId, Long requestId) {
        campaign(workspaceId, campaignId);
        request(campaignId, requestId).revoke();
    }

    /** Validates an answer: its values become official (replacing those of the same period and part). */
    public int validate(Long workspaceId, Long campaignId, Long requestId) {
        campaign(workspaceId, campaignId);
        CampaignRequest request = request(campaignId, requestId);
        request.validate();
        List<Measurement> pending = measurements.findByRequestId(request.getId());
        for (Measurement m : pending) {
            Breakdown part = m.getBreakdown();
            evaluation.record(workspaceId, m.getIndicatorId(), m.getPeriod(), Map.of(part, m.getValue()),
                    m.getComment(), m.getSource() == null ? request.getContactName() : m.getSource(), true);
        }
        measurements.deleteAll(pending);
        return pending.size();
    }

    public void close(Long workspaceId, Long campaignId) {
        campaign(workspaceId, campaignId).close();
    }

    /** A request's answer as the chef de projet reads it. */
    @Transactional(readOnly = true)
    public AnswerForm answerOf(Long workspaceId, Long campaignId, Long requestId) {
        campaign(workspaceId, campaignId);
        return form(request(campaignId, requestId));
    }

    /** The answer form behind a personal link, if the link is valid and usable now. */
    @Transactional(readOnly = true)
    public Optional<AnswerForm> answerForm(String secret) {
        return usableRequest(secret).map(this::form);
    }

    /**
     * Records a carrier's answer: values wait for validation. Implausible values must be confirmed.
     *
     * @param values per indicator id, value per part
     */
    public void answer(String secret, Map<Long, Map<Breakdown, BigDecimal>> values, String report, boolean confirmed) {
        CampaignRequest request = usableRequest(secret).orElseThrow(() -> new NotFoundException("campaign link"));
        AnswerForm form = form(request);
        Map<Breakdown, BigDecimal> implausible = new LinkedHashMap<>();
        for (AnswerItem item : form.items()) {
            Map<Breakdown, BigDecimal> given = values.getOrDefault(item.indicator().getId(), Map.of());
            if (!given.isEmpty()) {
                try {
                    evaluation.check(item.indicator(), given, confirmed);
                } catch (ImplausibleValuesException e) {
                    e.values().forEach((part, value) -> implausible.put(
                            new Breakdown(item.indicator().getId() + "/" + part.dimension(), part.category()), value));
                }
            }
        }
        if (!implausible.isEmpty()) {
            throw new ImplausibleValuesException(implausible);
        }
        measurements.deleteByRequest(request.getId());
        for (AnswerItem item : form.items()) {
            Period period = new Period(item.period());
            values.getOrDefault(item.indicator().getId(), Map.of()).forEach((part, value) -> {
                Measurement m = new Measurement(item.indicator(), period, part, request.getId());
                m.record(value, null, request.getContactName());
                measurements.save(m);
            });
        }
        request.answer(report);
    }

    private AnswerForm form(CampaignRequest request) {
        Campaign campaign = campaigns.findById(request.getCampaignId()).orElseThrow();
        Map<Long, Map<Breakdown, BigDecimal>> given = new HashMap<>();
        measurements.findByRequestId(request.getId()).forEach(m -> given
                .computeIfAbsent(m.getIndicatorId(), k -> new LinkedHashMap<>()).put(m.getBreakdown(), m.getValue()));
        List<AnswerItem> items = new ArrayList<>();
        for (Indicator indicator : evaluation.indicatorsOfActions(request.getWorkspaceId(), List.of(request.getActionId()))) {
            items.add(new AnswerItem(indicator, periodFor(campaign, indicator), evaluation.parts(indicator),
                    given.getOrDefault(indicator.getId(), Map.of())));
        }
        return new AnswerForm(campaign, request, items);
    }

    /** The campaign's period, or for an indicator of another periodicity its period of the same year. */
    static String periodFor(Campaign campaign, Indicator indicator) {
        Period period = new Period(campaign.getPeriod());
        return period.matches(indicator.getPeriodicity()) ? period.code()
                : Period.of(indicator.getPeriodicity(), period.year()).code();
    }

    private Optional<CampaignRequest> usableRequest(String secret) {
        if (secret == null || secret.length() < 20) {
            return Optional.empty();
        }
        return requests.findByTokenHash(Tokens.hash(secret)).filter(r -> r.isUsable(Instant.now()))
                .filter(r -> campaigns.findById(r.getCampaignId()).map(Campaign::isOpen).orElse(false));
    }

    private Campaign openCampaign(Long workspaceId, Long campaignId) {
        Campaign campaign = campaign(workspaceId, campaignId);
        if (!campaign.isOpen()) {
            throw new BusinessRuleException("evaluation.campaign.closed");
        }
        return campaign;
    }

    private CampaignRequest request(Long campaignId, Long requestId) {
        return requests.findByIdAndCampaignId(requestId, campaignId)
                .orElseThrow(() -> new NotFoundException("request " + requestId));
    }

    /**
     * The scheduled reminder: unanswered requests of open campaigns whose deadline is within three
     * days (or passed, while the links still work), not reminded in the last three days.
     */
    public int remindLate(LocalDate today) {
        int count = 0;
        Instant now = Instant.now();
        for (Campaign campaign : campaigns.findByStatus(CampaignStatus.OPEN)) {
            if (today.isBefore(campaign.getDeadline().minusDays(3))) {
                continue;
            }
            for (CampaignRequest r : requests.findByCampaignIdOrderByActionTitleAsc(campaign.getId())) {
                boolean recently = r.getLastRemindedAt() != null
                        && r.getLastRemindedAt().isAfter(now.minus(java.time.Duration.ofDays(3)));
                if (!r.isAnswered() && r.isUsable(now) && !recently) {
                    remind(campaign, r);
                    count++;
                }
            }
        }
        return count;
    }
}
