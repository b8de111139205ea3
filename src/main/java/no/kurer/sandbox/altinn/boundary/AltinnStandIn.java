package no.kurer.sandbox.altinn.boundary;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.kurer.sandbox.altinn.control.AltinnAuthentication;
import no.kurer.sandbox.altinn.control.AltinnRefusal;
import no.kurer.sandbox.altinn.control.BearerCheck;
import no.kurer.sandbox.altinn.control.Caller;
import no.kurer.sandbox.altinn.control.Faults;
import no.kurer.sandbox.altinn.control.TokenExchange;
import no.kurer.sandbox.boundary.Sandbox;
import no.kurer.sandbox.boundary.SandboxResponses;

/**
 * The Altinn Authentication stand-in's parts, built on first use from the {@link Sandbox}: the register and requests,
 * bearer token checks, the token exchange and the fault mode. {@link #answer} is how every API call is answered.
 */
@ApplicationScoped
public class AltinnStandIn {

    public static final String SYSTEMREGISTER_WRITE = "altinn:authentication/systemregister.write";
    public static final String REQUEST_WRITE = "altinn:authentication/systemuser.request.write";
    public static final String REQUEST_READ = "altinn:authentication/systemuser.request.read";
    public static final String CLIENTS_READ = "altinn:clientdelegations.read";
    public static final String CLIENTS_WRITE = "altinn:clientdelegations.write";

    @Inject
    Sandbox sandbox;

    private final Faults faults = new Faults();
    private BearerCheck bearer;
    private TokenExchange exchange;

    public AltinnAuthentication authentication() {
        return sandbox.altinnAuthentication();
    }

    public Faults faults() {
        return faults;
    }

    public String altinnIssuer() {
        return sandbox.altinnBaseUrl() + "/authentication/api/v1/openid/";
    }

    public synchronized TokenExchange exchange() {
        if (exchange == null) {
            exchange = new TokenExchange(
                    altinnIssuer(), sandbox.maskinportenIssuer(), sandbox.signingKey(), Clock.systemUTC());
        }
        return exchange;
    }

    /**
     * Answers an API call: a 5xx while the fault mode lasts, else the caller's token is checked and {@code call}
     * answers; refusals become Altinn's problem JSON.
     */
    public Response answer(String authorization, Function<Caller, Response> call) {
        int fault = faults.next();
        if (fault != 0) {
            return SandboxResponses.json(fault, new AltinnRefusal(fault, null, "Sandbox fault mode").problem());
        }
        try {
            return call.apply(bearer().caller(authorization));
        } catch (AltinnRefusal refusal) {
            Response.ResponseBuilder response = Response.status(refusal.status())
                    .type("application/problem+json")
                    .entity(SandboxResponses.write(refusal.problem()));
            if (refusal.status() == 401) {
                response.header("WWW-Authenticate", "Bearer");
            }
            return response.build();
        }
    }

    static Map<String, Object> object(String body) {
        try {
            Map<String, Object> parsed = SandboxResponses.JSON.readValue(
                    body == null ? "" : body, new TypeReference<LinkedHashMap<String, Object>>() {});
            if (parsed == null) {
                throw AltinnRefusal.badRequest(null, "A JSON object is required");
            }
            return parsed;
        } catch (IOException e) {
            throw AltinnRefusal.badRequest(null, "Not a JSON object: " + e.getMessage());
        }
    }

    /** The {@code urn}s of a body's {@code accessPackages} (or another list of {@code {"urn":…}}). */
    static List<String> urns(Object packages) {
        return packages instanceof List<?> list
                ? list.stream()
                        .map(p -> p instanceof Map<?, ?> map ? String.valueOf(map.get("urn")) : String.valueOf(p))
                        .toList()
                : List.of();
    }

    static String text(Map<String, Object> json, String name) {
        Object value = json.get(name);
        return value == null ? null : String.valueOf(value);
    }

    static <T> T read(String body, TypeReference<T> type) {
        try {
            return SandboxResponses.JSON.readValue(body == null ? "" : body, type);
        } catch (IOException e) {
            throw AltinnRefusal.badRequest(null, "Unreadable JSON: " + e.getMessage());
        }
    }

    private synchronized BearerCheck bearer() {
        if (bearer == null) {
            bearer = new BearerCheck(sandbox.signingKey(), sandbox.maskinportenIssuer(), altinnIssuer());
        }
        return bearer;
    }
}
