package no.kurer.sandbox.altinn.control;

import java.util.LinkedHashMap;
import java.util.Map;

/** A call the stand-in refuses, as Altinn does: a status and a problem with Altinn's {@code code} when it has one. */
public class AltinnRefusal extends RuntimeException {

    private final int status;
    private final String code;

    public AltinnRefusal(int status, String code, String detail) {
        super(detail);
        this.status = status;
        this.code = code;
    }

    public static AltinnRefusal badRequest(String code, String detail) {
        return new AltinnRefusal(400, code, detail);
    }

    public static AltinnRefusal notFound(String detail) {
        return new AltinnRefusal(404, null, detail);
    }

    public static AltinnRefusal forbidden(String detail) {
        return new AltinnRefusal(403, null, detail);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> problem() {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://tools.ietf.org/html/rfc9110#section-15." + (status >= 500 ? "6.1" : "5.1"));
        problem.put(
                "title",
                status == 400
                        ? "Bad Request"
                        : status == 401
                                ? "Unauthorized"
                                : status == 403
                                        ? "Forbidden"
                                        : status == 404 ? "Not Found" : status == 409 ? "Conflict" : "Error");
        problem.put("status", status);
        problem.put("detail", getMessage());
        if (code != null) {
            problem.put("code", code);
        }
        return problem;
    }
}
