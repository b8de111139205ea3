package no.kurer.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Calls to the Kurer under test, as a client makes them, and what the tests check of the answers. */
public final class Kurer {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Kurer() {}

    /** The WAR Maven built, deployed at the context root as the contract says. */
    public static WebArchive war() {
        File war = new File(System.getProperty("kurer.war", "target/kurer.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    public static URI base() {
        return URI.create("http://localhost:" + System.getProperty("kurer.it.port", "18080") + "/");
    }

    /** Where the server serves MicroProfile Health: the application's port on Payara, the management port on WildFly. */
    public static URI health() {
        return URI.create(System.getProperty("kurer.it.health", base().toString()));
    }

    /** Whether the tests run on WildFly ({@code mvn -Pwildfly verify}) rather than Payara Micro. */
    public static boolean onWildFly() {
        return "wildfly".equals(System.getProperty("arquillian.launch"));
    }

    public static HttpResponse<String> postMelding(Corner1 c1, String meldingsid, String jws, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(c1.base().resolve("/dpi/sendmelding/" + meldingsid))
                .header("Content-Type", "application/jwt")
                .POST(HttpRequest.BodyPublishers.ofString(jws));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return c1.send(request.build());
    }

    public static HttpResponse<String> putPakke(Corner1 c1, String meldingsid, byte[] pakke, String token) {
        return putPakke(c1, meldingsid, HttpRequest.BodyPublishers.ofByteArray(pakke), "application/cms", token);
    }

    public static HttpResponse<String> putPakke(
            Corner1 c1, String meldingsid, HttpRequest.BodyPublisher body, String contentType, String token) {
        return c1.send(HttpRequest.newBuilder(c1.base().resolve("/dpi/sendmelding/" + meldingsid))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token)
                .PUT(body)
                .build());
    }

    /** The one-call form, as multipart/form-data with the two named parts. */
    public static HttpResponse<String> send(Corner1 c1, String path, String jws, byte[] pakke, String token) {
        String boundary = "kurer-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"forretningsmelding\"; filename=\"sbd.jwt\""
                        + "\r\nContent-Type: application/jwt\r\n\r\n" + jws + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dokumentpakke\"; filename=\"asic.cms\""
                        + "\r\nContent-Type: application/cms\r\n\r\n");
        body.writeBytes(pakke);
        write(body, "\r\n--" + boundary + "--\r\n");
        return c1.send(HttpRequest.newBuilder(c1.base().resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** Asserts a refusal: the status, {@code application/problem+json}, a body naming the status and saying why. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String typeContains) {
        assertEquals(status, response.statusCode(), () -> "unexpected answer: " + response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM_JSON),
                () -> "not a problem: " + response.headers().map());
        JsonNode problem = Corner1.readTree(response.body());
        assertEquals(status, problem.path("status").asInt());
        assertTrue(
                problem.path("type").asText().contains(typeContains),
                () -> "problem type " + problem.path("type") + " lacks " + typeContains + ": " + response.body());
        assertTrue(problem.path("detail").asText().length() > 10, () -> "problem without detail: " + response.body());
        assertTrue(
                !response.body().contains("Exception") && !response.body().contains("no.kurer."),
                () -> "problem leaks implementation: " + response.body());
        return problem;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
