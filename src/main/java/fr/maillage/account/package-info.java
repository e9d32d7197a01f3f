/**
 * User accounts: first-run setup, login, password reset, invitations' password step and personal API tokens.
 */
package fr.maillage.account;
