package no.kurer.broker.entity;

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

/** One step of a DPO message's history. */
@Entity
@Table(name = "dpo_message_status")
@NamedQuery(
        name = DpoMessageStatus.HISTORY,
        query = "SELECT s FROM DpoMessageStatus s WHERE s.message = :message ORDER BY s.id")
public class DpoMessageStatus {

    public static final String HISTORY = "DpoMessageStatus.history";

    @Id
    @SequenceGenerator(name = "dpo_status_seq", sequenceName = "dpo_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dpo_status_seq")
    private Long id;

    @Column(nullable = false)
    private Long message;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DpoState state;

    @Column(nullable = false)
    private OffsetDateTime occurred;

    private String description;

    protected DpoMessageStatus() {}

    public DpoMessageStatus(Long message, DpoState state, String description) {
        this.message = message;
        this.state = state;
        this.description = Reasons.fit(description);
        this.occurred = DpoMessage.now();
    }

    public DpoState state() {
        return state;
    }

    public OffsetDateTime occurred() {
        return occurred;
    }

    public String description() {
        return description;
    }
}
