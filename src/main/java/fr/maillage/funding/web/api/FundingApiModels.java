package fr.maillage.funding.web.api;

import fr.maillage.funding.Allocation;
import fr.maillage.funding.Application;
import fr.maillage.funding.CallForProjects;
import fr.maillage.funding.Criterion;
import fr.maillage.funding.Envelope;
import fr.maillage.funding.Funder;
import fr.maillage.funding.FundingLine;
import fr.maillage.funding.FundingStatus;
import fr.maillage.funding.Transition;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The JSON shapes of the funding API. Amounts are decimal numbers in euros with two decimals. */
final class FundingApiModels {

    private FundingApiModels() {
    }

    record PageJson<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

        static <S, T> PageJson<T> of(Page<S> page, Function<S, T> mapper) {
            return new PageJson<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                    page.getTotalElements(), page.getTotalPages());
        }
    }

    record CallJson(Long id, int year, String title, String priorities, LocalDate openingDate, LocalDate deadline,
            String status, Set<Funder> funders, List<Criterion> criteria) {

        static CallJson of(CallForProjects c) {
            return new CallJson(c.getId(), c.getYear(), c.getTitle(), c.getPriorities(), c.getOpeningDate(),
                    c.getDeadline(), c.getStatus().name(), c.getFunders(), c.getCriteria());
        }
    }

    record LineJson(Long id, Funder funder, FundingStatus status, BigDecimal requested, BigDecimal proposed,
            BigDecimal granted, BigDecimal paid, String opinion, long version) {

        static LineJson of(FundingLine l) {
            return new LineJson(l.getId(), l.getFunder(), l.getStatus(), l.getRequested(), l.getProposed(),
                    l.getGranted(), l.getPaid(), l.getOpinion() == null ? null : l.getOpinion().name(), l.getVersion());
        }
    }

    record TransitionJson(Instant at, Funder funder, FundingStatus from, FundingStatus to, String by,
            String comment) {

        static TransitionJson of(Transition t) {
            return new TransitionJson(t.getOccurredAt(), t.getFunder(), t.getFromStatus(), t.getToStatus(),
                    t.getUserName(), t.getComment());
        }
    }

    record ApplicationJson(Long id, String reference, int year, Long callId, Long carrierId, Long contactId,
            Long actionId, String axis, String title, String summary, LocalDate startDate, LocalDate endDate,
            boolean multiYear, boolean renewal, Set<String> qpvCodes, BigDecimal totalCharges,
            List<String> missingPieces, List<LineJson> lines, List<TransitionJson> transitions, long version) {

        static ApplicationJson of(Application a, List<FundingLine> lines, List<Transition> transitions) {
            return new ApplicationJson(a.getId(), a.getReference(), a.getYear(), a.getCallId(), a.getCarrierId(),
                    a.getContactId(), a.getActionId(), a.getAxisLabel(), a.getTitle(), a.getSummary(),
                    a.getStartDate(), a.getEndDate(), a.isMultiYear(), a.isRenewal(), a.getQpvCodes(),
                    a.projectBudget().charges(), a.missingPieceList(), lines.stream().map(LineJson::of).toList(),
                    transitions == null ? null : transitions.stream().map(TransitionJson::of).toList(),
                    a.getVersion());
        }
    }

    /** A status change asked through the API: one line, or every line when {@code lineId} is absent. */
    record TransitionRequest(Long lineId, @NotNull FundingStatus target, @Size(max = 2000) String comment) {
    }

    record AllocationJson(Long id, String kind, String target, String communeCode, BigDecimal amount,
            BigDecimal matchingShare) {

        static AllocationJson of(Allocation a) {
            return new AllocationJson(a.getId(), a.getKind().name(), a.getTarget(), a.getCommuneCode(), a.getAmount(),
                    a.getMatchingShare());
        }
    }

    record EnvelopeJson(Long id, Funder funder, int year, String label, BigDecimal amount, BigDecimal allocated,
            BigDecimal remaining, BigDecimal remainingToGrant, List<AllocationJson> allocations) {

        static EnvelopeJson of(Envelope e, BigDecimal allocated, BigDecimal remaining, BigDecimal remainingToGrant,
                List<Allocation> allocations) {
            return new EnvelopeJson(e.getId(), e.getFunder(), e.getYear(), e.title(), e.getAmount(), allocated,
                    remaining, remainingToGrant, allocations.stream().map(AllocationJson::of).toList());
        }
    }
}
