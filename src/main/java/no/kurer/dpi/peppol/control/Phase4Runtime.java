package no.kurer.dpi.peppol.control;

import com.helger.scope.mgr.ScopeManager;

/**
 * phase4 keeps its managers (P-Modes, duplicate detection, timestamps) in a ph-scopes global scope; Kurer runs them in
 * memory (phase4's default) and opens that scope once, before the first AS4 message is sent or received.
 */
public final class Phase4Runtime {

    private Phase4Runtime() {}

    public static synchronized void ensureStarted() {
        if (!ScopeManager.isGlobalScopePresent()) {
            System.setProperty("phase4.manager.inmemory", "true");
            ScopeManager.onGlobalBegin("kurer-phase4");
        }
    }
}
