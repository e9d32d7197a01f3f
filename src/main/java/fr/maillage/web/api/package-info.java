/**
 * What every REST resource shares: its OpenAPI description and its French problem documents for errors.
 */
package fr.maillage.web.api;
