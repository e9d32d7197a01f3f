/**
 * Workspaces (espaces de travail) of the four types, their perimeter, memberships with roles and invitations.
 */
package fr.maillage.workspace;
