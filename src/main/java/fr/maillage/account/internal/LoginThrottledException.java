package fr.maillage.account.internal;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed logins recently for this address or client.
 */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException() {
        super("Trop de tentatives de connexion");
    }
}
