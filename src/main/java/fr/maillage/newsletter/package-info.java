/**
 * A workspace's newsletter: subscribers who opted in twice from the public portal, issues composed
 * from the workspace's published content and free text, and their sending in throttled batches.
 */
package fr.maillage.newsletter;
