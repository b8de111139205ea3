package no.kurer.dpi.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import no.kurer.maskinporten.entity.MaskinportenToken;
import no.kurer.problems.Refusal;

/** The bearer token that {@link SenderTokenFilter} accepted for this request. */
@RequestScoped
public class CallerToken {

    private MaskinportenToken token;

    /** The caller's token; only a {@link SenderToken} resource has one. */
    public MaskinportenToken token() {
        if (token == null) {
            throw new IllegalStateException("No sender token was read for this request; is the resource @SenderToken?");
        }
        return token;
    }

    /** For {@link SenderTokenFilter}; public because a CDI client proxy forwards only what it can see. */
    public void set(MaskinportenToken token) {
        this.token = token;
    }

    /** Names the token's consumer as the request's sender (a servlet request attribute), for the refusals it may get. */
    public static void nameSender(ContainerRequestContext request, MaskinportenToken token) {
        request.setProperty(Refusal.SENDER_ATTRIBUTE, token.consumer().orgno());
    }
}
