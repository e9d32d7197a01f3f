package fr.maillage.governance;

import java.util.List;

/**
 * What published minutes say, frozen as it was published (labels already in French): the page
 * and the PDF of a version are both drawn from it, by the same template fragment.
 */
public record MinutesContent(String bodyName, String meetingTitle, String when, String place, String quorum,
        List<Line> attendance, List<Item> items, List<Decision> decisions, List<Task> followUps) {

    /** One member on the émargement. */
    public record Line(String name, String function, String status, String representedBy, boolean voting) {
    }

    /** One agenda item and its minutes (sanitised HTML). */
    public record Item(int position, String title, String presenter, String html) {
    }

    /** One decision of the relevé. */
    public record Decision(String number, String title, String text, String status) {
    }

    /** One follow-up. */
    public record Task(String title, String owner, String due, String status) {
    }
}
