package no.kurer.systemuser.entity;

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

/** One entry of an onboarding's status history. */
@Entity
@Table(name = "systemuser_status")
@NamedQuery(
        name = RegistrationStatus.HISTORY,
        query = "SELECT s FROM RegistrationStatus s WHERE s.registrationId = :id ORDER BY s.id")
public class RegistrationStatus {

    public static final String HISTORY = "RegistrationStatus.history";

    @Id
    @SequenceGenerator(name = "systemuser_status_seq", sequenceName = "systemuser_status_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "systemuser_status_seq")
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private Long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OnboardingStatus status;

    @Column(nullable = false)
    private OffsetDateTime occurred;

    private String description;

    protected RegistrationStatus() {}

    public RegistrationStatus(Long registrationId, OnboardingStatus status, String description) {
        this.registrationId = registrationId;
        this.status = status;
        this.description = description == null || description.length() <= 2000
                ? description
                : description.substring(0, 1999) + "…";
        this.occurred = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public OnboardingStatus status() {
        return status;
    }

    public OffsetDateTime occurred() {
        return occurred;
    }

    public String description() {
        return description;
    }
}
