package fr.maillage.directory;

/**
 * One record of a workspace that points to an organisation: a funding application's carrier, a
 * body member, a contact's affiliation… The workspaces of these records are the ones that rely on
 * the organisation.
 *
 * @param kind        "funding.application.carrier": the module, the record type, the role of the organisation
 * @param recordId    the record's id in its module
 * @param workspaceId the workspace the record belongs to
 */
public record OrganisationReference(String kind, Long recordId, Long workspaceId) {
}
