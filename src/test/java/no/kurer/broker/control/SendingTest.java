package no.kurer.broker.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SendingTest {

    static JsonNode overview(String status, String... recipientStatuses) throws Exception {
        StringBuilder recipients = new StringBuilder();
        for (String r : recipientStatuses) {
            recipients
                    .append(recipients.isEmpty() ? "" : ",")
                    .append("{\"recipient\":\"0192:910753614\",\"currentRecipientFileTransferStatusCode\":\"")
                    .append(r)
                    .append("\"}");
        }
        return new ObjectMapper()
                .readTree("{\"fileTransferStatus\":\"" + status + "\",\"recipients\":[" + recipients + "]}");
    }

    @Test
    void aTransferPurgedAfterEveryRecipientConfirmedIsDelivered() throws Exception {
        assertEquals(Sending.Next.DELIVERED, Sending.next("Purged", overview("Purged", "DownloadConfirmed")));
    }

    @Test
    void aTransferPurgedBeforeEveryRecipientConfirmedHasFailed() throws Exception {
        assertEquals(
                Sending.Next.FAILED, Sending.next("Purged", overview("Purged", "DownloadConfirmed", "Initialized")));
        assertEquals(Sending.Next.FAILED, Sending.next("Cancelled", overview("Cancelled", "Initialized")));
    }

    @Test
    void aTransferTheBrokerFailedStartsOverWithANewOne() throws Exception {
        assertEquals(Sending.Next.START_OVER, Sending.next("Failed", overview("Failed", "Initialized")));
    }

    @Test
    void publishedWaitsForTheRecipientsAndUploadingWaits() throws Exception {
        assertEquals(Sending.Next.PUBLISHED, Sending.next("Published", overview("Published", "Published")));
        assertEquals(Sending.Next.DELIVERED, Sending.next("Published", overview("Published", "DownloadConfirmed")));
        assertEquals(
                Sending.Next.DELIVERED, Sending.next("AllConfirmedDownloaded", overview("AllConfirmedDownloaded")));
        assertEquals(Sending.Next.WAIT, Sending.next("UploadProcessing", overview("UploadProcessing", "Initialized")));
    }
}
