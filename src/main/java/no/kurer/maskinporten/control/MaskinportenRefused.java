package no.kurer.maskinporten.control;

import java.util.Locale;
import java.util.regex.Pattern;
import no.kurer.problems.Problem;

/**
 * Maskinporten answered a grant with {@code {"error","error_description"}}: 502 naming Maskinporten's error and, where
 * the description reveals it, the {@link Cause} and what an administrator can do about it.
 */
public class MaskinportenRefused extends Problem {

    /** Why Maskinporten refused, as far as its {@code error} and {@code error_description} tell. */
    public enum Cause {
        UNKNOWN_CLIENT("Maskinporten does not know the client: check maskinporten.client-id"),
        SCOPE_NOT_GRANTED("the client has not been granted the scope: grant it in Maskinporten's self-service"),
        SYSTEM_USER_NOT_APPROVED("no approved system user matches systemuser_org and externalRef: "
                + "the customer must approve the system user request, and the system must list this client id"),
        CLOCK_SKEW("the grant's iat/exp disagree with Maskinporten's clock: check this server's clock (NTP)"),
        KEY_REJECTED("Maskinporten does not accept the key or certificate the grant is signed with"),
        OTHER("");

        private final String advice;

        Cause(String advice) {
            this.advice = advice;
        }

        public String advice() {
            return advice;
        }
    }

    private static final Pattern TIME_CLAIM = Pattern.compile("\\b(iat|exp|nbf)\\b|clock|expired|server time");

    private final String error;
    private final Cause cause;

    public MaskinportenRefused(String error, String description) {
        this(error, description, classify(error, description));
    }

    private MaskinportenRefused(String error, String description, Cause cause) {
        super(
                502,
                "maskinporten-refused",
                "Maskinporten refused Kurer's token request",
                "Maskinporten refused the grant: " + error + (description == null ? "" : " — " + description)
                        + (cause == Cause.OTHER ? "" : " (" + cause.advice() + ")"));
        this.error = error;
        this.cause = cause;
    }

    /** Maskinporten's OAuth {@code error} code, e.g. {@code invalid_scope}. */
    public String error() {
        return error;
    }

    public Cause refusal() {
        return cause;
    }

    static Cause classify(String error, String description) {
        String code = error == null ? "" : error.toLowerCase(Locale.ROOT);
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (code.startsWith("invalid_altinn_customer")
                || code.equals("invalid_authorization_details")
                || text.contains("system user")
                || text.contains("systemuser")
                || text.contains("systembruker")) {
            return Cause.SYSTEM_USER_NOT_APPROVED;
        }
        if (code.equals("invalid_scope") || text.contains("scope")) {
            return Cause.SCOPE_NOT_GRANTED;
        }
        if (TIME_CLAIM.matcher(text).find()) {
            return Cause.CLOCK_SKEW;
        }
        if (code.equals("invalid_client")
                || code.equals("unauthorized_client")
                || text.contains("client_id")
                || text.contains("clientid")
                || text.contains("unknown client")
                || text.contains("client not found")
                || text.contains("missing iss")) {
            return Cause.UNKNOWN_CLIENT;
        }
        if (text.contains("client authentication failed")
                || text.contains("certificate")
                || text.contains("x5c")
                || text.contains("signature")
                || text.contains("kid")) {
            return Cause.KEY_REJECTED;
        }
        return Cause.OTHER;
    }
}
