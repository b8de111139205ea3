package no.kurer.dpi.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The channel (kanal, an MPC) a message was sent with through {@code POST /dpi/messages/out}; stored lower-case. */
@Entity
@Table(name = "dpi_message_kanal")
public class MeldingKanal {

    @Id
    private String meldingsid;
    @Column(nullable = false)
    private String kanal;

    protected MeldingKanal() {
    }

    public MeldingKanal(String meldingsid, String kanal) {
        this.meldingsid = meldingsid;
        this.kanal = kanal;
    }

    public String meldingsid() { return meldingsid; }
    public String kanal() { return kanal; }
}
