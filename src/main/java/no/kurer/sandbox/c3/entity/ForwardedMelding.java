package no.kurer.sandbox.c3.entity;

/**
 * What corner 3 needs from a verified forretningsmelding: its ids, its process, the original sender
 * ({@code avsender}, not the SBDH sender, which may be a data processor), and the package digest.
 *
 * @param type                  the SBDH document type, e.g. {@code digital} or {@code utskrift}
 * @param avsender              the avsender's orgno (nine digits)
 * @param avsenderidentifikator the avsender's sub-unit, or {@code null}
 * @param digestValue           base64 SHA-256 of the document package ({@code dokumentpakkefingeravtrykk})
 */
public record ForwardedMelding(
        String meldingsid,
        String conversationId,
        String process,
        String type,
        String avsender,
        String avsenderidentifikator,
        String digestValue) {}
