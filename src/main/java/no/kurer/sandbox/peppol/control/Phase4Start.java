package no.kurer.sandbox.peppol.control;

import com.helger.scope.mgr.ScopeManager;

/** Opens phase4's global scope (in-memory managers) once; the sandbox's own, as it shares no code with Kurer. */
final class Phase4Start {

    private Phase4Start() {}

    static synchronized void ensureStarted() {
        if (!ScopeManager.isGlobalScopePresent()) {
            System.setProperty("phase4.manager.inmemory", "true");
            ScopeManager.onGlobalBegin("kurer-phase4");
        }
    }
}
