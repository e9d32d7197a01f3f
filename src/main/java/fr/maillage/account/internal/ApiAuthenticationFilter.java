package fr.maillage.account.internal;

import jakarta.servlet.Filter;

/**
 * Authenticates API calls that carry a personal token ({@code Authorization: Bearer …}).
 */
public interface ApiAuthenticationFilter extends Filter {
}
