package no.kurer.dpi.entity;

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
import java.time.ZoneOffset;

/** One entry of a message's status history (Digdir's OPPRETTET, SENDT, FEILET). */
@Entity
@Table(name = "dpi_message_status")
@NamedQuery(
        name = MeldingStatus.HISTORY,
        query = "SELECT s FROM MeldingStatus s WHERE s.meldingsid = :meldingsid ORDER BY s.id")
@NamedQuery(name = MeldingStatus.DELETE_HISTORY, query = "DELETE FROM MeldingStatus s WHERE s.meldingsid = :meldingsid")
public class MeldingStatus {

    public static final String HISTORY = "MeldingStatus.history";
    /** Deletes a message's whole history (retention). */
    public static final String DELETE_HISTORY = "MeldingStatus.deleteHistory";

    /**
     * From a database sequence, one value per row, so ids follow insertion order even with several instances
     * (HISTORY orders by id). Not IDENTITY: EclipseLink (4.0.4, and Payara's 4.0.7) reads an H2 identity back with
     * {@code CALL IDENTITY()}, which H2 2.x no longer has.
     */
    @Id
    @SequenceGenerator(name = "dpi_message_status_seq", sequenceName = "dpi_message_status_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpi_message_status_seq")
    private Long id;

    @Column(nullable = false)
    private String meldingsid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private OffsetDateTime occurred;

    private String description;

    protected MeldingStatus() {}

    public MeldingStatus(String meldingsid, Status status, String description) {
        this.meldingsid = meldingsid;
        this.status = status;
        this.description = description;
        this.occurred = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public String meldingsid() {
        return meldingsid;
    }

    public Status status() {
        return status;
    }

    public OffsetDateTime occurred() {
        return occurred;
    }

    public String description() {
        return description;
    }
}
