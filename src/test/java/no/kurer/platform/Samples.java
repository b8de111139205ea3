package no.kurer.platform;

import no.kurer.dpi.entity.Melding;

/** Messages as the DPI intake stores them: a digital message from a consumer without data processor. */
final class Samples {

    private Samples() {}

    static Melding melding(String meldingsid, String conversationId, String avsender, String forretningsmelding) {
        return new Melding(
                meldingsid,
                conversationId,
                "digital",
                "urn:no:difi:profile:digitalpost:info:ver1.0",
                avsender,
                null,
                null,
                "01017012345",
                "2f7b7f9d3c1e4a8b6d5f0e9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a",
                forretningsmelding);
    }

    /** A forretningsmelding of exactly {@code length} characters, not all of them ASCII, that differs along its length. */
    static String forretningsmelding(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int line = 0; text.length() < length; line++) {
            text.append("eyJhbGciOiJSUzI1NiJ9.").append(line).append(".Tilbakemelding på brev til Ærlig Østby Å/S;");
        }
        return text.substring(0, length);
    }
}
