package fr.maillage.shared.mail;

/** Temporary stand-in of main's MailCounts until the shared outbox is merged. */
public record MailCounts(long pending, long sent, long failed) {

    public long total() {
        return pending + sent + failed;
    }
}
