package fr.maillage.evaluation;

/**
 * What a user may try to do in a workspace's evaluation.
 */
public enum EvaluationAction {
    /** Read indicators, values, dashboards, campaigns and reviews. */
    VIEW,
    /** Define, change, delete indicators and add them from a library. */
    MANAGE_INDICATORS,
    /** Enter or change a value of an indicator (a contributeur: of the actions assigned to him). */
    ENTER_MEASUREMENT,
    /** Import values from a file. */
    IMPORT_MEASUREMENTS,
    /** Launch a campaign, remind, revoke a link, validate the answers. */
    RUN_CAMPAIGN,
    /** Write the annual review's narrative and choose its validators. */
    EDIT_REVIEW,
    /** Record one's approval of the annual review (its designated validators only). */
    APPROVE_REVIEW,
    /** Share (or stop sharing) the workspace's indicators with the regional view. */
    MANAGE_SHARING,
    /** See the regional aggregate (members of a centre de ressources). */
    VIEW_REGIONAL
}
