/**
 * The actor directory: organisations shared by the whole platform, and the contacts, notes and tags
 * each workspace keeps about them for itself.
 */
package fr.maillage.directory;
