package fr.maillage.governance.web;

import fr.maillage.governance.AgendaItem;
import fr.maillage.governance.Body;
import fr.maillage.governance.BodyMember;
import fr.maillage.governance.DecisionRecord;
import fr.maillage.governance.FollowUp;
import fr.maillage.governance.FollowUpStatus;
import fr.maillage.governance.LinkRef;
import fr.maillage.governance.Meeting;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * The JSON documents of the governance API.
 */
final class GovernanceApiModels {

    private GovernanceApiModels() {
    }

    record PageJson<T>(List<T> items, int number, int size, long totalElements, int totalPages) {
        static <T> PageJson<T> of(Page<?> page, List<T> items) {
            return new PageJson<>(items, page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    record BodyJson(Long id, String kind, String name, String code, String purpose, String quorumRule,
            int quorumValue, List<MemberJson> members) {
        static BodyJson of(Body b, List<BodyMember> members) {
            return new BodyJson(b.getId(), b.getKind().name(), b.getName(), b.getCode(), b.getPurpose(),
                    b.getQuorumRule().name(), b.getQuorumValue(),
                    members == null ? null : members.stream().map(MemberJson::of).toList());
        }
    }

    record MemberJson(Long id, String name, Long organisationId, Long contactId, String function, String college,
            LocalDate mandateStart, LocalDate mandateEnd, boolean voting) {
        static MemberJson of(BodyMember m) {
            return new MemberJson(m.getId(), m.getName(), m.getOrganisationId(), m.getContactId(),
                    m.getFunction().name(), m.getCollege(), m.getMandateStart(), m.getMandateEnd(), m.isVoting());
        }
    }

    record LinkJson(String type, Long id, String label, String url) {
        static LinkJson of(LinkRef l) {
            return new LinkJson(l.type(), l.objectId(), l.label(), l.url());
        }
    }

    record ItemJson(Long id, int position, String title, String presenter, Integer durationMinutes,
            List<LinkJson> links) {
        static ItemJson of(AgendaItem i) {
            return new ItemJson(i.getId(), i.getPosition(), i.getTitle(), i.getPresenter(), i.getDurationMinutes(),
                    i.getLinks().stream().map(LinkJson::of).toList());
        }
    }

    record MeetingJson(Long id, Long bodyId, String title, LocalDateTime startsAt, LocalDateTime endsAt, String place,
            String videoLink, String status, List<ItemJson> agenda) {
        static MeetingJson of(Meeting m, List<AgendaItem> agenda) {
            return new MeetingJson(m.getId(), m.getBodyId(), m.getTitle(), m.getStartsAt(), m.getEndsAt(), m.getPlace(),
                    m.getVideoLink(), m.getStatus().name(),
                    agenda == null ? null : agenda.stream().map(ItemJson::of).toList());
        }
    }

    record DecisionJson(Long id, String number, Long bodyId, Long meetingId, LocalDate decidedOn, String title,
            String text, String status, boolean validatesProgramme, List<LinkJson> links) {
        static DecisionJson of(DecisionRecord d) {
            return new DecisionJson(d.getId(), d.getNumber(), d.getBodyId(), d.getMeetingId(), d.getDecidedOn(),
                    d.getTitle(), d.getText(), d.getStatus().name(), d.isValidatesProgramme(),
                    d.getLinks().stream().map(LinkJson::of).toList());
        }
    }

    record FollowUpJson(Long id, Long bodyId, Long meetingId, Long decisionId, String title, String description,
            Long ownerUserId, String ownerName, LocalDate dueDate, String status, String statusNote, boolean overdue,
            long version) {
        static FollowUpJson of(FollowUp f) {
            return new FollowUpJson(f.getId(), f.getBodyId(), f.getMeetingId(), f.getDecisionId(), f.getTitle(),
                    f.getDescription(), f.getOwnerUserId(), f.getOwnerName(), f.getDueDate(), f.getStatus().name(),
                    f.getStatusNote(), f.isOverdue(), f.getVersion());
        }
    }

    /** A follow-up's new status, from the version the caller read. */
    record FollowUpUpdate(@NotNull(message = "{governance.followUp.status.required}") FollowUpStatus status,
            @Size(max = 1000, message = "{governance.followUp.note.size}") String note,
            @NotNull(message = "{governance.api.version.required}") Long version) {
    }
}
