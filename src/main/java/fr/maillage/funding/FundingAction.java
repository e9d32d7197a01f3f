package fr.maillage.funding;

/** What a user may try to do with a workspace's funding. */
public enum FundingAction {
    /** Read calls, applications, envelopes, dashboards and documents. */
    VIEW,
    /** Create, describe, publish and close calls for projects. */
    MANAGE_CALLS,
    /** Record a new application. */
    CREATE_APPLICATION,
    /** Change an application's content and budget, deposit it, answer a request for pieces. */
    EDIT_APPLICATION,
    /** Instruct: admissibility, pieces requested, COTECH scoring and opinions, COPIL validation. */
    INSTRUCT,
    /** Record decisions, payments and reports received. */
    RECORD_GRANTS,
    /** Set envelopes and split them. */
    MANAGE_ENVELOPES
}
