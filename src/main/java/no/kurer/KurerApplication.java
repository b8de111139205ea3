package no.kurer;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Kurer's REST API: every resource lives under the context root ({@code /dpi/…}, {@code /admin/…}, {@code /sandbox/…}). */
@ApplicationPath("/")
public class KurerApplication extends Application {}
