package no.kurer.sandbox.broker.control;

/** A call the sandbox broker refuses, answered as ProblemDetails with the status. */
public class BrokerRefusal extends RuntimeException {

    private final int status;
    private final String title;

    public BrokerRefusal(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static BrokerRefusal notFound(String id) {
        return new BrokerRefusal(404, "Not Found", "No file transfer " + id);
    }

    public static BrokerRefusal forbidden(String detail) {
        return new BrokerRefusal(403, "Forbidden", detail);
    }

    public static BrokerRefusal badRequest(String detail) {
        return new BrokerRefusal(400, "Bad Request", detail);
    }

    /** The body broke off: Altinn answers 500 and marks the transfer Failed. */
    public static BrokerRefusal uploadFailed() {
        return new BrokerRefusal(
                500, "Internal Server Error", "Error occurred while uploading file See /details for more information.");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
