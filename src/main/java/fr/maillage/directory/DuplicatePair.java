package fr.maillage.directory;

/**
 * Two organisations that are probably the same one, with how sure the directory is (0 to 100)
 * and the reason, as a message key: same SIREN, same RNA, or a similar name in the same commune.
 */
public record DuplicatePair(Organisation first, Organisation second, int score, String reasonKey) {
}
