package no.kurer.dpi.forwarding.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One attempt to forward a message to corner 3: who tried, when, and how it ended. */
@Entity
@Table(name = "dpi_forward_attempt")
@NamedQuery(
        name = ForwardAttempt.OF_MELDING,
        query = "SELECT a FROM ForwardAttempt a WHERE a.meldingsid = :meldingsid ORDER BY a.id")
public class ForwardAttempt {

    public static final String OF_MELDING = "ForwardAttempt.ofMelding";

    /** A sequence, not IDENTITY: EclipseLink cannot read an H2 2.x identity back (see MeldingStatus). */
    @Id
    @SequenceGenerator(name = "dpi_forward_attempt_seq", sequenceName = "dpi_forward_attempt_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpi_forward_attempt_seq")
    private Long id;

    @Column(nullable = false)
    private String meldingsid;

    @Column(nullable = false)
    private String instance;

    @Column(nullable = false)
    private OffsetDateTime started;

    @Column(nullable = false)
    private OffsetDateTime finished;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(length = 1000)
    private String detail;

    protected ForwardAttempt() {}

    public ForwardAttempt(
            String meldingsid,
            String instance,
            OffsetDateTime started,
            OffsetDateTime finished,
            Outcome outcome,
            String detail) {
        this.meldingsid = meldingsid;
        this.instance = instance;
        this.started = started;
        this.finished = finished;
        this.outcome = outcome;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public String meldingsid() {
        return meldingsid;
    }

    public String instance() {
        return instance;
    }

    public OffsetDateTime started() {
        return started;
    }

    public OffsetDateTime finished() {
        return finished;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }
}
