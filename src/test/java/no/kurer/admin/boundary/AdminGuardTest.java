package no.kurer.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which {@code Origin} is the admin page's own, and which files are the page rather than the API. */
class AdminGuardTest {

    @Test
    void theOriginMustNameTheHostAndPortTheClientAddressed() {
        assertTrue(AdminGuard.sameOrigin("http://localhost:8080", "http", "localhost:8080"));
        assertTrue(AdminGuard.sameOrigin("http://kurer.example", "http", "kurer.example"));
        assertTrue(AdminGuard.sameOrigin("http://kurer.example:80", "http", "KURER.example"));
        assertTrue(AdminGuard.sameOrigin("http://[::1]:8080", "http", "[::1]:8080"));

        assertFalse(AdminGuard.sameOrigin("http://evil.example", "http", "localhost:8080"));
        assertFalse(AdminGuard.sameOrigin("http://localhost:8081", "http", "localhost:8080"));
        assertFalse(AdminGuard.sameOrigin("http://localhost", "http", "localhost:8080"));
        assertFalse(AdminGuard.sameOrigin("http://kurer.example.evil.example", "http", "kurer.example"));
        assertFalse(AdminGuard.sameOrigin("null", "http", "localhost:8080"));
        assertFalse(AdminGuard.sameOrigin("http://localhost:8080", "http", null));
        assertFalse(AdminGuard.sameOrigin("not a uri", "http", "localhost:8080"));
    }

    @Test
    void behindAProxyThatEndsTlsTheOriginIsHttps() {
        assertTrue(AdminGuard.sameOrigin("https://kurer.example", "http", "kurer.example:443"));
        assertFalse(AdminGuard.sameOrigin("http://kurer.example", "https", "kurer.example:80"));
    }

    @Test
    void thePageAndItsFilesAreNotTheApi() {
        assertTrue(AdminPage.isPageFile("/admin"));
        assertTrue(AdminPage.isPageFile("/admin/"));
        assertTrue(AdminPage.isPageFile("/admin/admin.js"));
        assertFalse(AdminPage.isPageFile("/admin/systemusers"));
        assertFalse(AdminPage.isPageFile("/admin/dpo/messages"));
    }
}
