package no.kurer.dpi.boundary;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A resource (or method) that only a sender of Digital Post may call: {@link SenderTokenFilter} checks the bearer token
 * before the method runs, and {@link CallerToken} hands it to the method.
 */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface SenderToken {}
