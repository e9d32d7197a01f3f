/**
 * The global search: one index of everything the other modules publish as searchable, answered from
 * one box with French stemming, typo tolerance, highlighted snippets and facets, within what the
 * person searching may see.
 */
package fr.maillage.search;
