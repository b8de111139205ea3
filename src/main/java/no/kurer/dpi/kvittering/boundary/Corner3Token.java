package no.kurer.dpi.kvittering.boundary;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A resource (or method) that only an allowed corner 3 may call; {@link Corner3TokenFilter} checks its token first. */
@NameBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface Corner3Token {}
