package fr.maillage.directory;

import java.util.List;

/**
 * Implemented by every module that keeps organisation ids: says which of its records point to an
 * organisation. The directory asks all of them to know which workspaces rely on an organisation
 * (and so whether a workspace may change or merge it alone). The same module moves its records
 * when it hears {@link OrganisationsMerged}.
 */
public interface OrganisationReferences {

    /** The module's records that point to the organisation, in every workspace. */
    List<OrganisationReference> referencesTo(Long organisationId);
}
