package fr.maillage.directory;

/**
 * What kind of body an organisation is; a school is identified by its UAI.
 */
public enum OrganisationKind {
    ASSOCIATION, COMMUNE, EPCI, ETABLISSEMENT_SCOLAIRE, CCAS, CAF, BAILLEUR_SOCIAL, SERVICE_ETAT, ENTREPRISE, AUTRE
}
