package no.kurer.admin.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.kurer.organisation.control.InvalidOrganisation;
import no.kurer.organisation.control.OrganisationEnrolment.Request;
import no.kurer.organisation.entity.Organisation.Access;
import no.kurer.problems.Details;

/**
 * The body of {@code POST /admin/organisations}: {@code {"orgno", "name", "access", "agentRegistration",
 * "nextmoveUsers": [..], "onboard", "userName"}}, only {@code orgno} required. A value of the wrong kind is refused
 * (400 {@code invalid-organisation}), naming the field.
 */
final class OrganisationInput {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OrganisationInput() {}

    static Request parse(String body) {
        JsonNode json = object(body);
        return new Request(
                text(json, "orgno"),
                text(json, "name"),
                access(text(json, "access")),
                agentRegistration(json.get("agentRegistration")),
                users(json.get("nextmoveUsers")),
                flag(json.get("onboard")),
                text(json, "userName"));
    }

    /** The body of {@code PUT /admin/organisations/{orgno}}: {@code {"nextmoveUsers": [..]}}. */
    static List<String> users(String body) {
        return users(object(body).get("nextmoveUsers"));
    }

    private static JsonNode object(String body) {
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidOrganisation("The body is not JSON: " + Details.json(e));
        }
        if (json == null || !json.isObject()) {
            throw new InvalidOrganisation("The body is not a JSON object. Send one such as "
                    + "{\"orgno\":\"910753614\",\"name\":\"Kommune\",\"nextmoveUsers\":[\"fagsystem\"]}.");
        }
        return json;
    }

    /** A string, blank as missing. */
    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidOrganisation("'" + field + "' is not a string");
        }
        return value.asText().isBlank() ? null : value.asText().strip();
    }

    private static Access access(String access) {
        if (access == null) {
            return null;
        }
        try {
            return Access.valueOf(access.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidOrganisation("'access' is STANDARD or AGENT_CLIENT, not " + Details.quote(access));
        }
    }

    private static Long agentRegistration(JsonNode value) {
        if (value == null
                || value.isNull()
                || (value.isTextual() && value.asText().isBlank())) {
            return null;
        }
        if (value.canConvertToLong() && value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isTextual() && value.asText().strip().matches("\\d{1,18}")) {
            return Long.valueOf(value.asText().strip());
        }
        throw new InvalidOrganisation("'agentRegistration' is the id of an agent onboarding (a number)");
    }

    private static List<String> users(JsonNode value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new InvalidOrganisation("'nextmoveUsers' is an array of NextMove user names");
        }
        List<String> users = new ArrayList<>();
        for (JsonNode user : value) {
            if (!user.isTextual()) {
                throw new InvalidOrganisation("'nextmoveUsers' is an array of NextMove user names");
            }
            if (!user.asText().isBlank() && !users.contains(user.asText().strip())) {
                users.add(user.asText().strip());
            }
        }
        return users;
    }

    private static Boolean flag(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new InvalidOrganisation("'onboard' is true or false");
        }
        return value.asBoolean();
    }
}
