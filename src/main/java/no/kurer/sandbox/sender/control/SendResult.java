package no.kurer.sandbox.sender.control;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a sandbox send: every HTTP call made, in order, whether Kurer accepted both, and what was sent
 * (the forretningsmelding's JSON before signing and the dokumentpakke), as an example for sending by hand.
 */
public record SendResult(
        String meldingsid,
        String conversationId,
        List<Step> steps,
        boolean accepted,
        Object forretningsmelding,
        byte[] dokumentpakke) {

    static final String BY_HAND = "To send by hand: take this forretningsmelding, give it a new meldingsid "
            + "(standardBusinessDocumentHeader.documentIdentification.instanceIdentifier) and your own token as "
            + "digital.maskinportentoken, sign it with your enterprise certificate (compact JWS, RS256, x5c; e.g. "
            + "java bin/MaskinportenGrant.java --sign), POST it to /dpi/sendmelding/{meldingsid} as application/jwt, "
            + "then PUT this dokumentpakke (base64-decoded; its SHA-256 is the forretningsmelding's "
            + "dokumentpakkefingeravtrykk) to the same path as application/cms, both with Authorization: Bearer <token>.";

    /** One HTTP call: what was called, the status (0 when no answer came) and the answer's body. */
    public record Step(String call, int status, Object body) {

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meldingsid", meldingsid);
        json.put("conversationId", conversationId);
        json.put(
                "steps",
                steps.stream()
                        .map(s -> {
                            Map<String, Object> step = new LinkedHashMap<>();
                            step.put("call", s.call());
                            step.put("status", s.status());
                            step.put("body", s.body());
                            return step;
                        })
                        .toList());
        if (forretningsmelding != null && dokumentpakke != null) {
            json.put("forretningsmelding", forretningsmelding);
            Map<String, Object> pakke = new LinkedHashMap<>();
            pakke.put("contentType", "application/cms");
            pakke.put("sha256", ForretningsmeldingFactory.sha256(dokumentpakke));
            pakke.put("base64", Base64.getEncoder().encodeToString(dokumentpakke));
            json.put("dokumentpakke", pakke);
            json.put("byHand", BY_HAND);
        }
        return json;
    }
}
