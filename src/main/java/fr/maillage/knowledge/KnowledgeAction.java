package fr.maillage.knowledge;

/**
 * What a user may try to do with a workspace's sheets, resources and news watch.
 */
public enum KnowledgeAction {
    /** Read the workspace's sheets (any status), resources and watch items. */
    VIEW,
    /** Write a sheet while it is a draft or in review; contributeurs only their own. */
    EDIT_SHEET,
    /** Send a draft to review; contributeurs only their own. */
    SUBMIT_SHEET,
    /** Comment a sheet in review, send it back, publish, archive or reopen it. */
    REVIEW_SHEET,
    /** Delete a draft; contributeurs only their own. */
    DELETE_SHEET,
    /** Choose the licence of the workspace's published sheets. */
    CHOOSE_LICENCE,
    /** Add, describe or delete documents of the library. */
    EDIT_RESOURCE,
    /** Register, pause and delete news sources. */
    MANAGE_SOURCES,
    /** Tag, comment, star and share watch items. */
    ANNOTATE_WATCH
}
