package no.kurer.admin.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoMessageStatus;
import no.kurer.organisation.entity.Organisation;
import no.kurer.problems.Details;
import no.kurer.systemuser.entity.ActiveSystemUser;
import no.kurer.systemuser.entity.Registration;
import no.kurer.systemuser.entity.RegistrationStatus;

/** The admin API's JSON, written with Jackson. */
final class AdminJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACKAGES_EXAMPLE = "{\"accessPackages\":[\"urn:altinn:accesspackage:post-og-arkiv\"]}";

    private AdminJson() {}

    static Map<String, Object> registration(Registration r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
        json.put("systemId", r.systemId());
        json.put("orgno", r.partyOrgno());
        json.put("externalRef", r.externalRef());
        json.put("accessPackages", r.accessPackages());
        json.put("status", r.status().label());
        json.put("inProgress", r.status().inProgress());
        json.put("retryable", r.status().retryable());
        json.put("requestId", r.requestId());
        json.put("confirmUrl", r.confirmUrl());
        json.put("systemUserId", r.systemUserId());
        json.put("lastError", r.work().lastError());
        if (r.change().requestId() != null) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("id", r.change().requestId());
            change.put("status", r.change().status());
            change.put("confirmUrl", r.change().confirmUrl());
            change.put("accessPackages", r.change().packages());
            change.put("lastError", r.change().error());
            change.put(
                    "updated",
                    r.change().updated() == null ? null : r.change().updated().toString());
            json.put("changeRequest", change);
        }
        json.put("attempts", r.work().attempts());
        json.put(
                "nextAttempt",
                r.work().nextAttemptAt() == null
                        ? null
                        : r.work().nextAttemptAt().toString());
        json.put("created", r.created().toString());
        json.put("updated", r.updated().toString());
        return json;
    }

    /**
     * An agent onboarding's clients: those Altinn listed last ({@code delegated}), and the added organisations that are
     * its clients ({@code added}), with their {@code authorised} flag and its note; a listed client Kurer does not act
     * for is authorised by its delegation alone.
     */
    static void clients(Map<String, Object> json, Registration r, List<Organisation> added) {
        Map<String, Map<String, Object>> clients = new LinkedHashMap<>();
        for (String orgno : r.clients().orgnos()) {
            Map<String, Object> client = new LinkedHashMap<>();
            client.put("orgno", orgno);
            client.put("delegated", true);
            client.put("added", false);
            client.put("authorised", true);
            clients.put(orgno, client);
        }
        for (Organisation organisation : added) {
            Map<String, Object> client = clients.computeIfAbsent(organisation.orgno(), orgno -> {
                Map<String, Object> absent = new LinkedHashMap<>();
                absent.put("orgno", orgno);
                absent.put("delegated", false);
                return absent;
            });
            client.put("added", true);
            client.put("authorised", organisation.authorised());
            client.put("note", organisation.authorisationNote());
        }
        json.put("clients", List.copyOf(clients.values()));
        json.put(
                "clientsChecked",
                r.clients().checked() == null ? null : r.clients().checked().toString());
        json.put("clientsError", r.clients().error());
    }

    /** The {@code accessPackages} list of a change request's body. */
    static List<String> accessPackages(String body) {
        try {
            JsonNode json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
            JsonNode packages = json.path("accessPackages");
            if (!json.isObject() || !packages.isArray()) {
                throw new UnreadableInput("'accessPackages' is not a list", PACKAGES_EXAMPLE);
            }
            List<String> urns = new ArrayList<>();
            for (JsonNode each : packages) {
                if (!each.isTextual()) {
                    throw new UnreadableInput(
                            "'accessPackages' holds something that is not a string", PACKAGES_EXAMPLE);
                }
                urns.add(each.asText());
            }
            return urns;
        } catch (JsonProcessingException e) {
            throw new UnreadableInput("The body is not JSON (" + Details.json(e) + ")", PACKAGES_EXAMPLE);
        }
    }

    static Map<String, Object> withHistory(Registration r, List<RegistrationStatus> history) {
        Map<String, Object> json = registration(r);
        json.put(
                "history",
                history.stream()
                        .map(s -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("status", s.status().label());
                            entry.put("occurred", s.occurred().toString());
                            entry.put("description", s.description());
                            return entry;
                        })
                        .toList());
        return json;
    }

    static Map<String, Object> active(ActiveSystemUser user) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orgno", user.orgno());
        json.put("systemId", user.systemId());
        json.put("externalRef", user.externalRef());
        json.put("source", user.source());
        return json;
    }

    /**
     * A DPO message for the admin page: the counterpart is the receiver of an outgoing message and the sender of an
     * incoming one; the last status time is that of the newest history entry (the last update if there is none).
     */
    static Map<String, Object> dpoMessage(DpoMessage m, List<DpoMessageStatus> history) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", m.id()); // Kurer's own: its files are dpo/out/<id>/ under storage.dir
        json.put("direction", m.direction().name());
        json.put("messageId", m.messageId());
        json.put("conversationId", m.conversationId());
        json.put("fileTransferId", m.fileTransferId());
        json.put("counterpart", m.direction() == Direction.OUT ? m.receiver() : m.sender());
        json.put("sender", m.sender());
        json.put("receiver", m.receiver());
        json.put("readAt", m.readAt() == null ? null : m.readAt().toString());
        json.put("documentType", m.documentType());
        json.put("state", m.state().name());
        json.put("reason", m.work().lastError());
        json.put(
                "lastStatus",
                (history.isEmpty()
                                ? m.updated()
                                : history.get(history.size() - 1).occurred())
                        .toString());
        json.put(
                "history",
                history.stream()
                        .map(s -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("state", s.state().name());
                            entry.put("occurred", s.occurred().toString());
                            entry.put("description", s.description());
                            return entry;
                        })
                        .toList());
        return json;
    }

    static Map<String, String> input(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> parsed = JSON.readValue(body, new TypeReference<Map<String, String>>() {});
            return parsed == null ? Map.of() : parsed;
        } catch (MismatchedInputException e) {
            throw new UnreadableInput(
                    e.getPath().isEmpty()
                            ? "not an object"
                            : "'" + Details.quote(e.getPath().get(0).getFieldName()) + "' is not a string");
        } catch (JsonProcessingException e) {
            throw new UnreadableInput(Details.json(e));
        } catch (IOException e) {
            throw new UnreadableInput("unreadable");
        }
    }

    static String write(Object json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
