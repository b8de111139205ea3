package no.kurer.sandbox.broker.control;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Metadata} of a multipart initialize-and-upload as ASP.NET binds Altinn's form
 * ({@code FileTransferInitializeAndUploadExt}): {@code Metadata.FileName}, {@code Metadata.ResourceId},
 * {@code Metadata.SendersFileTransferReference}, {@code Metadata.Sender}, {@code Metadata.Recipients} (repeated, or
 * {@code Metadata.Recipients[0]}, …), {@code Metadata.PropertyList[key]}, {@code Metadata.Checksum},
 * {@code Metadata.DisableVirusScan}; names ignoring case. Turned into the JSON body of a plain initialize.
 */
public final class InitializeForm {

    public static final String FILE_FIELD = "FileTransfer";
    private static final String PREFIX = "metadata.";
    private static final Pattern RECIPIENT =
            Pattern.compile("metadata\\.recipients\\[(\\d+)\\]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROPERTY =
            Pattern.compile("metadata\\.propertylist\\[(.+)\\]", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> SIMPLE = Map.of(
            "filename",
            "fileName",
            "resourceid",
            "resourceId",
            "sendersfiletransferreference",
            "sendersFileTransferReference",
            "sender",
            "sender",
            "checksum",
            "checksum");

    private InitializeForm() {}

    public static ObjectNode metadata(Map<String, List<String>> fields) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        var recipients = json.putArray("recipients");
        ObjectNode properties = json.putObject("propertyList");
        Map<Integer, String> indexed = new TreeMap<>();
        fields.forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            Matcher recipient = RECIPIENT.matcher(name);
            Matcher property = PROPERTY.matcher(name);
            if (lower.equals(PREFIX + "recipients")) {
                values.forEach(recipients::add);
            } else if (recipient.matches()) {
                indexed.put(Integer.parseInt(recipient.group(1)), values.get(0));
            } else if (property.matches()) {
                properties.put(property.group(1), values.get(0));
            } else if (lower.equals(PREFIX + "disablevirusscan")) {
                json.put("disableVirusScan", Boolean.parseBoolean(values.get(0).trim()));
            } else if (lower.startsWith(PREFIX) && SIMPLE.containsKey(lower.substring(PREFIX.length()))) {
                json.put(SIMPLE.get(lower.substring(PREFIX.length())), values.get(0));
            }
        });
        indexed.values().forEach(recipients::add);
        return json;
    }
}
