package no.kurer.sandbox.maskinporten.boundary;

import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import no.kurer.sandbox.maskinporten.control.TokenRefused;

/** The fields of a token request, which OAuth sends as {@code application/x-www-form-urlencoded} (RFC 6749 §4.5). */
final class TokenForm {

    private TokenForm() {}

    /** @throws TokenRefused {@code invalid_request} for a body that is no such form */
    static Map<String, String> read(String contentType, String body) {
        if (!isForm(contentType)) {
            throw TokenRefused.invalidRequest("Send grant_type and assertion as application/x-www-form-urlencoded.");
        }
        Map<String, String> form = new HashMap<>();
        if (body == null || body.isBlank()) {
            throw TokenRefused.invalidRequest("Missing grant_type and assertion: the body is empty.");
        }
        try {
            for (String pair : body.strip().split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                form.putIfAbsent(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException e) {
            throw TokenRefused.invalidRequest("The form is not URL-encoded correctly.");
        }
        return form;
    }

    private static boolean isForm(String contentType) {
        try {
            return contentType != null
                    && MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
