package no.kurer.admin.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import no.kurer.organisation.control.OrganisationStatus;
import no.kurer.systemuser.entity.Registration;

/** An organisation in the admin API's JSON ({@code /admin/organisations}). */
final class OrganisationJson {

    private OrganisationJson() {}

    static Map<String, Object> of(OrganisationStatus o) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("orgno", o.orgno());
        json.put("name", o.name());
        json.put("configured", o.configured());
        json.put(
                "removable",
                !o.configured() && o.organisation() != null && o.organisation().active());
        json.put("access", o.access().name());
        json.put(
                "agentRegistration",
                o.organisation() == null ? null : o.organisation().agentRegistration());
        json.put("nextmoveUsers", o.nextmoveUsers());
        json.put("state", o.state().name());
        json.put("authorised", o.authorised());
        json.put("authorisationNote", o.authorisationNote());
        json.put("key", o.keyProblem());
        Map<String, Object> systemUser = new LinkedHashMap<>();
        systemUser.put("present", o.systemUser());
        systemUser.put("onboarding", o.onboarding() == null ? null : onboarding(o.onboarding()));
        json.put("systemUser", systemUser);
        json.put("polled", o.polled());
        json.put("searchFailure", o.searchFailure());
        json.put(
                "backlog",
                Map.of(
                        "incoming",
                        o.counts().incomingBacklog(),
                        "outgoing",
                        o.counts().outgoingBacklog()));
        json.put(
                "failures",
                Map.of(
                        "incoming",
                        o.counts().incomingFailed(),
                        "outgoing",
                        o.counts().outgoingFailed()));
        json.put(
                "created",
                o.organisation() == null ? null : o.organisation().created().toString());
        json.put(
                "removed",
                o.organisation() == null || o.organisation().removed() == null
                        ? null
                        : o.organisation().removed().toString());
        return json;
    }

    /** The onboarding as the organisation's row shows it; the whole of it is at {@code /admin/systemusers/{id}}. */
    static Map<String, Object> onboarding(Registration r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("kind", r.kind().name());
        json.put("externalRef", r.externalRef());
        json.put("status", r.status().label());
        json.put("confirmUrl", r.confirmUrl());
        json.put("lastError", r.work().lastError());
        return json;
    }
}
