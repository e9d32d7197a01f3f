package fr.maillage.governance;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a meeting's agenda (ordre du jour), with the records it is about and, once the
 * meeting is held, its minutes as sanitised HTML.
 */
@Entity
@Table(name = "governance_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private int position;
    private String title;
    private String presenter;
    private Integer durationMinutes;
    private String minutesHtml;

    /** The open follow-up this item reviews, when it came from the proposals. */
    private Long followUpId;

    @ElementCollection
    @CollectionTable(name = "governance_agenda_link", joinColumns = @JoinColumn(name = "agenda_item_id"))
    private List<LinkRef> links = new ArrayList<>();

    @Version
    private long version;

    protected AgendaItem() {
    }

    AgendaItem(Long meetingId, int position, String title, String presenter, Integer durationMinutes,
            Long followUpId) {
        this.meetingId = meetingId;
        this.position = position;
        this.followUpId = followUpId;
        describe(title, presenter, durationMinutes);
    }

    void describe(String title, String presenter, Integer durationMinutes) {
        this.title = title.strip();
        this.presenter = presenter == null || presenter.isBlank() ? null : presenter.strip();
        this.durationMinutes = durationMinutes;
    }

    void writeMinutes(String sanitisedHtml) {
        this.minutesHtml = sanitisedHtml == null || sanitisedHtml.isBlank() ? null : sanitisedHtml;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void link(LinkRef link) {
        if (links.stream().noneMatch(l -> l.type().equals(link.type()) && l.objectId().equals(link.objectId()))) {
            links.add(link);
        }
    }

    void unlink(String type, Long objectId) {
        links.removeIf(l -> l.type().equals(type) && l.objectId().equals(objectId));
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public String getMinutesHtml() {
        return minutesHtml;
    }

    public Long getFollowUpId() {
        return followUpId;
    }

    public List<LinkRef> getLinks() {
        return List.copyOf(links);
    }

    public long getVersion() {
        return version;
    }
}
