package fr.maillage.shared.mail;

/** How many e-mails of a category and reference wait, went out, or failed. */
public record MailCounts(long pending, long sent, long failed) {

    public long total() {
        return pending + sent + failed;
    }

    /** Share of the e-mails that are no longer waiting, from 0 to 100. */
    public int percentDone() {
        return total() == 0 ? 100 : (int) ((sent + failed) * 100 / total());
    }
}
