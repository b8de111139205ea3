package no.kurer.sandbox.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SandboxSwitchTest {

    @Test
    void recognisesSandboxPathsWithOrWithoutLeadingSlash() {
        assertTrue(SandboxSwitch.isSandboxPath("sandbox/maskinporten/token"));
        assertTrue(SandboxSwitch.isSandboxPath("/sandbox/ca/ca.pem"));
        assertTrue(SandboxSwitch.isSandboxPath("/sandbox"));
        assertFalse(SandboxSwitch.isSandboxPath("/sandboxes"));
        assertFalse(SandboxSwitch.isSandboxPath("dpi/sendmelding/1"));
    }
}
