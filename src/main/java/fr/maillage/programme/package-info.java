/**
 * The programme of a workspace: its strategy tree (axes, strategic and operational objectives) and
 * the fiches actions that serve it.
 */
package fr.maillage.programme;
