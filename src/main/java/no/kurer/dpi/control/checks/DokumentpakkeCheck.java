package no.kurer.dpi.control.checks;

import java.nio.file.Path;

/** A structural check of a stored dokumentpakke; throws {@link InvalidDokumentpakke} naming the broken rule. */
public interface DokumentpakkeCheck {

    void check(Path file);
}
