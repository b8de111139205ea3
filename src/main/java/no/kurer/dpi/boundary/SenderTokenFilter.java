package no.kurer.dpi.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import no.kurer.dpi.control.intake.Intake;
import no.kurer.maskinporten.entity.MaskinportenToken;

/**
 * Authenticates every {@link SenderToken} call before its parameters are read: a Maskinporten token for this C2 with
 * the DPI scope (401 or 403 with {@code WWW-Authenticate} otherwise). The token's consumer names the request's sender.
 */
@Provider
@SenderToken
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class SenderTokenFilter implements ContainerRequestFilter {

    @Inject
    Intake intake;

    @Inject
    CallerToken caller;

    @Override
    public void filter(ContainerRequestContext request) {
        MaskinportenToken token = intake.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        CallerToken.nameSender(request, token);
        caller.set(token);
    }
}
