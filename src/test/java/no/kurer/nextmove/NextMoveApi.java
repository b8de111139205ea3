package no.kurer.nextmove;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import no.kurer.testsupport.Corner1;
import no.kurer.testsupport.NextMoveUser;

/** A fagsystem built for Digdir's integration point, calling Kurer's {@code /api} as it would call efm's. */
final class NextMoveApi {

    private final Corner1 http;
    private final String authorization;

    NextMoveApi(Corner1 http, String authorization) {
        this.http = http;
        this.authorization = authorization;
    }

    static NextMoveApi fagsystem(Corner1 http) {
        return new NextMoveApi(http, NextMoveUser.basic());
    }

    HttpResponse<String> get(String path) {
        return http.send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String json) {
        return http.send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    HttpResponse<String> delete(String path) {
        return http.send(request(path).DELETE().build());
    }

    HttpResponse<String> put(String messageId, String title, String filename, byte[] bytes) {
        return http.send(request("/api/messages/out/" + messageId)
                .header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; name=\"" + title + "\"; filename=\"" + filename + "\"")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
    }

    /** {@code POST /api/messages/out/multipart}: the part sbd, then one part per file (part name = title). */
    HttpResponse<String> multipart(String sbd, Map<String, byte[]> files) {
        String boundary = "nextmove-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"sbd\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + sbd + "\r\n");
        files.forEach((name, bytes) -> {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"Tittel " + name + "\"; filename=\""
                            + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(bytes);
            write(body, "\r\n");
        });
        write(body, "--" + boundary + "--\r\n");
        return http.send(request("/api/messages/out/multipart")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    HttpResponse<byte[]> bytes(String path) {
        try {
            return http.http().send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return Corner1.readTree(response.body());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http.base().resolve(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
