package fr.maillage.workspace;

/**
 * The four kinds of workspace of the politique de la ville.
 */
public enum WorkspaceType {
    CONTRAT_DE_VILLE, CITE_EDUCATIVE, PRE, CENTRE_RESSOURCES
}
