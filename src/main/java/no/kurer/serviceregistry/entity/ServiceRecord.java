package no.kurer.serviceregistry.entity;

import java.util.List;

/**
 * One of a receiver's service records: the service ({@code DPO}, {@code DPV}, …) it takes for a process and its
 * document types, and for DPO the certificate to encrypt to and the broker resource.
 */
public record ServiceRecord(
        String organisationNumber,
        String service,
        String process,
        List<String> documentTypes,
        String pemCertificate,
        String resource) {

    public ServiceRecord {
        documentTypes = List.copyOf(documentTypes);
    }

    public boolean takes(String serviceIdentifier, String documentType) {
        return serviceIdentifier.equals(service) && documentTypes.contains(documentType);
    }
}
