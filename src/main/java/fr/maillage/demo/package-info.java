/**
 * The demonstration dataset: real territories, fictional people, one workspace of each kind.
 */
package fr.maillage.demo;
