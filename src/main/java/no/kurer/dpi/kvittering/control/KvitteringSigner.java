package no.kurer.dpi.kvittering.control;

/** Signs what Kurer itself issues as a forretningsmelding (its {@code feil} receipts), as Kurer's enterprise. */
public interface KvitteringSigner {

    /** The organisation number of the enterprise certificate that signs. */
    String orgno();

    /** A compact JWS, RS256, with the certificate chain in {@code x5c}, over {@code payloadJson}. */
    String sign(String payloadJson);
}
