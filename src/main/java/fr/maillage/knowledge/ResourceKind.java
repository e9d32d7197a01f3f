package fr.maillage.knowledge;

/**
 * What kind of document a resource of the library is.
 */
public enum ResourceKind {
    COMPTE_RENDU, SYNTHESE, ACTES, NOTE_ANALYSE, GUIDE, AUTRE;

    public String getLabelKey() {
        return "knowledge.resourceKind." + name();
    }
}
