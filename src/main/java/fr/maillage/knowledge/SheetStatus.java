package fr.maillage.knowledge;

/**
 * Where an experience sheet stands: written, read by a reviewer, public, withdrawn.
 */
public enum SheetStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    public String getLabelKey() {
        return "knowledge.status." + name();
    }
}
