package no.kurer.sandbox.c3.control;

/** Why corner 3 refuses a call: an HTTP status and a problem slug; each failure is a subclass. */
public abstract class C3Refusal extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    protected C3Refusal(int status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }
}
