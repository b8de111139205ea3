package no.kurer.dpi.kvittering.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import no.kurer.dpi.boundary.CallerToken;
import no.kurer.dpi.kvittering.control.KvitteringIntake;

/**
 * Authenticates every {@link Corner3Token} call before its body is read: a token for this access point with
 * {@code dpi.c3.scope}, from a consumer in {@code dpi.c3.allowed-consumers}.
 */
@Provider
@Corner3Token
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class Corner3TokenFilter implements ContainerRequestFilter {

    @Inject
    KvitteringIntake intake;

    @Override
    public void filter(ContainerRequestContext request) {
        CallerToken.nameSender(request, intake.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
    }
}
