package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.kurer.broker.entity.Direction;
import no.kurer.broker.entity.DpoMessage;
import no.kurer.broker.entity.DpoState;
import no.kurer.broker.entity.Sbd;
import no.kurer.certificates.control.CertificateOrgno;
import no.kurer.configuration.MissingConfiguration;
import no.kurer.configuration.Settings;
import no.kurer.sandbox.ca.control.Pem;
import no.kurer.sandbox.ca.control.SandboxCertificateAuthority;
import no.kurer.sandbox.ca.entity.EnterpriseIdentity;
import no.kurer.serviceregistry.control.ServiceRegistryRefused;
import no.kurer.serviceregistry.control.ServiceRegistryUnreachable;
import no.kurer.serviceregistry.entity.ServiceRecord;
import no.kurer.serviceregistry.entity.ServiceRecords;
import no.kurer.testsupport.BrokerParty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DpoReceiversTest {

    static final String US = "999888771";
    static final String LISTED = "910753614";
    static final String RECEIVER = "974760673";
    static final String PROCESS = "urn:no:difi:profile:arkivmelding:administrasjon:ver1.0";
    static final String ARKIVMELDING = "urn:no:difi:arkivmelding:xsd::arkivmelding";

    @TempDir
    Path dir;

    SandboxCertificateAuthority ca;
    EnterpriseIdentity listed;
    EnterpriseIdentity receiver;
    Path pem;
    final Map<String, ServiceRecords> registry = new HashMap<>();
    final List<String> asked = new ArrayList<>();
    RuntimeException registryFault;

    @BeforeEach
    void files() throws Exception {
        ca = new SandboxCertificateAuthority(dir.resolve("ca"));
        listed = ca.issue(LISTED, "I fila");
        receiver = ca.issue(RECEIVER, "I registeret");
        pem = Files.writeString(dir.resolve("receivers.pem"), Pem.certificate(listed.certificate()));
    }

    DpoReceivers cut(boolean registryOn) {
        return new DpoReceivers(
                new ReceiverCertificates(pem, CertificateOrgno::of, Clock.systemUTC()),
                (orgno, process) -> {
                    asked.add(orgno + " " + process);
                    if (registryFault != null) {
                        throw registryFault;
                    }
                    return Optional.ofNullable(registry.get(orgno));
                },
                () -> registryOn,
                Clock.systemUTC());
    }

    @Test
    void aReceiverTheFileListsGetsTheFilesCertificateAndTheRegistryIsNotAsked() {
        registry.put(LISTED, records(LISTED, record(LISTED, "DPO", receiver)));

        assertEquals(listed.certificate(), cut(true).certificate(LISTED, sbd(LISTED)));
        assertEquals(List.of(), asked);
    }

    @Test
    void otherReceiversGetTheirDpoRecordsCertificateLookedUpByTheSbdsProcess() {
        registry.put(RECEIVER, records(RECEIVER, record(RECEIVER, "DPO", receiver)));

        assertEquals(receiver.certificate(), cut(true).certificate(RECEIVER, sbd(RECEIVER)));
        assertEquals(List.of(RECEIVER + " " + PROCESS), asked);
    }

    @Test
    void withTheRegistryOffTheFileAloneDecidesAndAReceiverItLacksIs422() {
        registry.put(RECEIVER, records(RECEIVER, record(RECEIVER, "DPO", receiver)));
        DpoReceivers off = cut(false);

        assertEquals(listed.certificate(), off.certificate(LISTED, sbd(LISTED)));
        NoReceiverCertificate e = assertThrows(NoReceiverCertificate.class, () -> off.admit(parsed(RECEIVER)));
        assertEquals(422, e.status());
        assertEquals(List.of(), asked);
    }

    @Test
    void noFileConfiguredMeansTheRegistryAlone() {
        registry.put(RECEIVER, records(RECEIVER, record(RECEIVER, "DPO", receiver)));
        var unset = new ReceiverCertificates(new DpoConfiguration(new Settings(name -> Optional.empty())));
        assertThrows(MissingConfiguration.class, () -> unset.require(RECEIVER));
        DpoReceivers cut = new DpoReceivers(
                unset, (orgno, process) -> Optional.ofNullable(registry.get(orgno)), () -> true, Clock.systemUTC());

        assertEquals(receiver.certificate(), cut.certificate(RECEIVER, sbd(RECEIVER)));
    }

    @Test
    void aReceiverTheRegistryDoesNotKnowIsRefusedWith400() {
        DpoReceiverRefused e =
                assertThrows(DpoReceiverRefused.class, () -> cut(true).admit(parsed(RECEIVER)));
        assertEquals(400, e.status());
        assertEquals("urn:kurer:problem:dpo-receiver-unknown", e.type());
        assertTrue(e.detail().contains(RECEIVER), e.detail());
    }

    @Test
    void aReceiverWithOnlyADpvRecordIsRefusedWith400NamingReceiverProcessAndWhatTheRegistryOffers() {
        registry.put(RECEIVER, records(RECEIVER, record(RECEIVER, "DPV", null)));

        DpoReceiverRefused e =
                assertThrows(DpoReceiverRefused.class, () -> cut(true).admit(parsed(RECEIVER)));
        assertEquals(400, e.status());
        assertEquals("urn:kurer:problem:dpo-receiver-not-dpo", e.type());
        assertTrue(
                e.detail().contains(RECEIVER)
                        && e.detail().contains(PROCESS)
                        && e.detail().contains(ARKIVMELDING)
                        && e.detail().contains("offers DPV for " + ARKIVMELDING),
                e.detail());
    }

    @Test
    void aReceiverWithNoRecordForTheProcessOrOnlyForOtherDocumentTypesIsRefused() {
        registry.put(RECEIVER, records(RECEIVER));
        DpoReceiverRefused none =
                assertThrows(DpoReceiverRefused.class, () -> cut(true).admit(parsed(RECEIVER)));
        assertTrue(none.detail().contains("no service record for that process"), none.detail());

        registry.put(
                RECEIVER,
                records(
                        RECEIVER,
                        new ServiceRecord(
                                RECEIVER,
                                "DPO",
                                PROCESS,
                                List.of("urn:no:difi:arkivmelding:xsd::arkivmelding_kvittering"),
                                Pem.certificate(receiver.certificate()),
                                "r")));
        DpoReceiverRefused other =
                assertThrows(DpoReceiverRefused.class, () -> cut(true).admit(parsed(RECEIVER)));
        assertTrue(other.detail().contains("offers DPO for urn:no:difi:arkivmelding:xsd::arkivmelding_kvittering"));
    }

    @Test
    void aDpoRecordWithoutAUsableCertificateIs502() {
        registry.put(
                RECEIVER,
                records(RECEIVER, new ServiceRecord(RECEIVER, "DPO", PROCESS, List.of(ARKIVMELDING), null, "r")));
        ServiceRegistryRefused e =
                assertThrows(ServiceRegistryRefused.class, () -> cut(true).admit(parsed(RECEIVER)));
        assertEquals(502, e.status());
        assertTrue(e.detail().contains("pemCertificate"), e.detail());
    }

    @Test
    void anSbdWithoutProcessOrStandardCannotBeLookedUp() {
        String noStandard = sbd(RECEIVER).replace("\"standard\":\"" + ARKIVMELDING + "\",", "");
        InvalidSbd e = assertThrows(InvalidSbd.class, () -> cut(true).certificate(RECEIVER, noStandard));
        assertTrue(e.detail().contains("documentIdentification.standard"), e.detail());
        String noProcess = sbd(RECEIVER).replace("\"identifier\":\"" + PROCESS + "\"", "\"x\":1");
        InvalidSbd p = assertThrows(InvalidSbd.class, () -> cut(true).certificate(RECEIVER, noProcess));
        assertTrue(p.detail().contains("the process"), p.detail());
    }

    @Test
    void atCreateTheRegistrysFailuresReachTheCallerAtSendTheyAreAReasonToRetry() {
        registryFault = new ServiceRegistryUnreachable("The service registry answered 503.");
        assertEquals(
                503,
                assertThrows(ServiceRegistryUnreachable.class, () -> cut(true).admit(parsed(RECEIVER)))
                        .status());

        DpoMessage message = new DpoMessage(Direction.OUT, parsed(RECEIVER), DpoState.QUEUED);
        ReceiverLookupFailed atSend =
                assertThrows(ReceiverLookupFailed.class, () -> cut(true).forSending(message));
        assertTrue(atSend.getMessage().contains("answered 503"), atSend.getMessage());

        registryFault = null;
        DpoReceiverRefused refused =
                assertThrows(DpoReceiverRefused.class, () -> cut(true).admit(parsed(RECEIVER)));
        assertTrue(assertThrows(ReceiverLookupFailed.class, () -> cut(true).forSending(message))
                .getMessage()
                .contains(refused.detail()));
        registry.put(RECEIVER, records(RECEIVER, record(RECEIVER, "DPO", receiver)));
        assertEquals(receiver.certificate(), cut(true).forSending(message));
    }

    private Sbd parsed(String to) {
        return new StandardBusinessDocuments().outgoing(sbd(to), US, Set.of(US));
    }

    private static String sbd(String to) {
        return BrokerParty.sbd(US, to, UUID.randomUUID().toString(), "c-1");
    }

    private static ServiceRecords records(String orgno, ServiceRecord... records) {
        return new ServiceRecords(orgno, "Org " + orgno, List.of(records));
    }

    private static ServiceRecord record(String orgno, String service, EnterpriseIdentity identity) {
        return new ServiceRecord(
                orgno,
                service,
                PROCESS,
                List.of(ARKIVMELDING),
                identity == null ? null : Pem.certificate(identity.certificate()),
                Set.of("DPO").contains(service) ? "eformidling-dpo-meldingsutveksling" : null);
    }
}
