package no.kurer.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.StringReader;
import java.util.Map;
import org.glassfish.jersey.internal.RuntimeDelegateImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    final ProblemMapper cut = new ProblemMapper();

    @BeforeAll
    static void jaxrs() {
        RuntimeDelegate.setInstance(new RuntimeDelegateImpl());
    }

    @Test
    void problemKeepsItsStatusDetailAndHeaders() {
        Response response = cut.toResponse(new Problem(
                401,
                "invalid-token",
                "Invalid token",
                "token expired",
                Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
        assertEquals(401, response.getStatus());
        assertEquals(ProblemMapper.PROBLEM_JSON, response.getMediaType().toString());
        assertEquals("Bearer error=\"invalid_token\"", response.getHeaderString("WWW-Authenticate"));
        JsonObject body = body(response);
        assertEquals("urn:kurer:problem:invalid-token", body.getString("type"));
        assertEquals("token expired", body.getString("detail"));
        assertEquals(401, body.getInt("status"));
    }

    @Test
    void wrappedProblemsAreUnwrapped() {
        Problem problem = new Problem(409, "meldingsid-used", "Used", "used before");
        assertEquals(409, cut.toResponse(new EJBException(problem)).getStatus());
        assertEquals(
                409,
                cut.toResponse(new TransactionalException("commit failed", problem))
                        .getStatus());
    }

    @Test
    void aFailureAtCommitIsAProblemToo() {
        var atCommit = new ProblemMapper.AtCommit();
        Response used = atCommit.toResponse(new TransactionalException(
                "commit failed", new Problem(409, "meldingsid-used", "Used", "used before")));
        assertEquals(409, used.getStatus());
        assertEquals(ProblemMapper.PROBLEM_JSON, used.getMediaType().toString());
        assertEquals("urn:kurer:problem:meldingsid-used", body(used).getString("type"));

        Response broken = atCommit.toResponse(new TransactionalException(
                "commit failed", new IllegalStateException("org.h2.jdbc.JdbcSQLException: lock timeout")));
        assertEquals(500, broken.getStatus());
        assertEquals(ProblemMapper.PROBLEM_JSON, broken.getMediaType().toString());
        assertEquals("urn:kurer:problem:internal-error", body(broken).getString("type"));
    }

    @Test
    void aParameterProblemWrappedByJaxRsKeepsItsStatusAndDetail() {
        InvalidParameter invalid = new InvalidParameter("Query", "max", "a whole number", "abc");
        for (Throwable thrown : new Throwable[] {
            new WebApplicationException(invalid, 400), new NotFoundException(new WebApplicationException(invalid, 400))
        }) {
            Response response = cut.toResponse(thrown);
            assertEquals(400, response.getStatus());
            assertEquals(
                    "Query parameter 'max' must be a whole number, not 'abc'.",
                    body(response).getString("detail"));
        }
    }

    @Test
    void aProblemsDetailNamesNoJavaClass() {
        Response response = cut.toResponse(new Problem(
                400,
                "x",
                "X",
                "Parsing error: org.jose4j.json.internal"
                        + ".json_simple.parser.ParseException: Unexpected character (a) at position 0."));
        assertEquals(
                "Parsing error: Unexpected character (a) at position 0.",
                body(response).getString("detail"));
    }

    @Test
    void jaxRsFailuresBecomeProblemsWithTheirStatus() {
        Response response = cut.toResponse(new NotAllowedException("GET"));
        assertEquals(405, response.getStatus());
        assertEquals(ProblemMapper.PROBLEM_JSON, response.getMediaType().toString());
        assertEquals(405, body(response).getInt("status"));
    }

    @Test
    void unexpectedFailuresShowNoClassNameOrStackTrace() {
        Response response = cut.toResponse(new IllegalStateException("secret internals at no.kurer.Foo"));
        assertEquals(500, response.getStatus());
        String text = (String) response.getEntity();
        assertFalse(text.contains("IllegalStateException"), text);
        assertFalse(text.contains("no.kurer"), text);
        assertTrue(body(response).getString("detail").contains("nothing about this request was accepted"));
    }

    private static JsonObject body(Response response) {
        return Json.createReader(new StringReader((String) response.getEntity()))
                .readObject();
    }
}
