/**
 * The page shell: home, public pages, navigation model and error pages.
 */
package fr.maillage.web;
