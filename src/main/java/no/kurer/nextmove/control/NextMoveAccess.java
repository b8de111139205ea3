package no.kurer.nextmove.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Set;
import no.kurer.organisation.control.Organisations;

/**
 * Which organisations the caller of the NextMove API acts for ({@link Organisations#readableBy}): the user that
 * {@code NextMoveAuthentication} logged in, or, with {@code nextmove.authentication=off} (nobody logged in), every
 * organisation. Messages and conversations of any other organisation do not exist for the caller (404); sending as
 * one is refused (403).
 */
@ApplicationScoped
public class NextMoveAccess {

    @Inject
    Organisations organisations;

    /** The organisations whose messages the caller may read. */
    public Set<String> readable(HttpServletRequest request) {
        return organisations.readableBy(user(request));
    }

    /** The organisations the caller may send as: those it may read that Kurer still acts for. */
    public Set<String> sendable(HttpServletRequest request) {
        return organisations.sendableBy(user(request));
    }

    private static String user(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }
}
