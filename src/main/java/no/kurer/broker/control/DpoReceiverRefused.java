package no.kurer.broker.control;

import java.util.stream.Collectors;
import no.kurer.problems.Problem;
import no.kurer.serviceregistry.entity.ServiceRecords;

/**
 * The service registry does not route the message to the receiver over DPO (400), as Digdir's integration point
 * refuses it at create: the registry does not know the receiver ({@code dpo-receiver-unknown}), or the record that
 * takes the document's standard for the process is not DPO, or there is none ({@code dpo-receiver-not-dpo}).
 */
public class DpoReceiverRefused extends Problem {

    private DpoReceiverRefused(String slug, String title, String detail) {
        super(400, slug, title, detail);
    }

    static DpoReceiverRefused unknown(String receiver) {
        return new DpoReceiverRefused(
                "dpo-receiver-unknown",
                "The receiver is not in the service registry",
                "The service registry knows no organisation " + receiver + ", and "
                        + DpoConfiguration.RECEIVER_CERTIFICATES.name() + " does not list it.");
    }

    static DpoReceiverRefused notDpo(String receiver, String process, String standard, ServiceRecords records) {
        String offers = records.records().isEmpty()
                ? "no service record for that process"
                : records.records().stream()
                        .map(r -> r.service() + " for " + String.join(", ", r.documentTypes()))
                        .collect(Collectors.joining("; "));
        return new DpoReceiverRefused(
                "dpo-receiver-not-dpo",
                "The receiver takes no DPO for this process and document type",
                "Receiver " + receiver + " has no DPO record for process " + process + " and document type " + standard
                        + "; the service registry offers " + offers + ".");
    }
}
