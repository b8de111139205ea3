package no.kurer.sandbox.sender.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of a sandbox send: every HTTP call made, in order, and whether Kurer accepted both. */
public record SendResult(String meldingsid, String conversationId, List<Step> steps, boolean accepted) {

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
        json.put("steps", steps.stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("call", s.call());
            step.put("status", s.status());
            step.put("body", s.body());
            return step;
        }).toList());
        return json;
    }
}
