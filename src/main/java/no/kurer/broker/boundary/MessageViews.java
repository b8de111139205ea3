package no.kurer.broker.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoMessageStatus;

/** The JSON the DPO API answers with, written with Jackson. */
final class MessageViews {

    static final ObjectMapper JSON = new ObjectMapper();

    private MessageViews() {}

    static Map<String, Object> view(DpoMessage m, List<DpoMessageStatus> history, boolean withSbd) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("messageId", m.messageId());
        view.put("conversationId", m.conversationId());
        view.put("direction", m.direction().name());
        view.put("sender", m.sender());
        view.put("receiver", m.receiver());
        view.put("documentType", m.documentType());
        view.put("state", m.state().name());
        view.put("reason", m.work().lastError());
        view.put("fileTransferId", m.fileTransferId());
        view.put("created", m.created().toString());
        view.put("updated", m.updated().toString());
        view.put("readAt", m.readAt() == null ? null : m.readAt().toString());
        if (history != null) {
            view.put(
                    "statuses",
                    history.stream()
                            .map(s -> {
                                Map<String, Object> status = new LinkedHashMap<>();
                                status.put("state", s.state().name());
                                status.put("occurred", s.occurred().toString());
                                status.put("description", s.description());
                                return status;
                            })
                            .toList());
        }
        if (withSbd) {
            try {
                view.put("standardBusinessDocument", JSON.readTree(m.sbd()));
            } catch (IOException e) {
                view.put("standardBusinessDocument", null);
            }
        }
        return view;
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
