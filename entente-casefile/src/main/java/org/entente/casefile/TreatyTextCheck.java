package org.entente.casefile;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Says whether a treaty text a case attaches ({@code text:}) can be read. The case-file module
 * cannot read PDFs itself; the command line passes a check that reads each text as
 * {@code entente treaty code} does, so that a case validates only when its texts can be coded.
 */
@FunctionalInterface
public interface TreatyTextCheck {

    /**
     * Why a file cannot be read, and what to do.
     *
     * @param problem what is wrong, e.g. "the file is empty"
     * @param hint    what the user can do about it
     */
    record Refusal(String problem, String hint) {
    }

    /**
     * @param file an existing file inside the case folder
     * @return why it cannot be read as a treaty text, or empty when it can
     */
    Optional<Refusal> check(Path file);

    /**
     * The check made without a treaty reader at hand: the file starts as a PDF, or its first
     * 64 KiB are UTF-8 with no NUL byte.
     *
     * @return that check
     */
    static TreatyTextCheck sniff() {
        return file -> TreatyReader.readable(file) ? Optional.empty() : Optional.of(new Refusal(
                "it is neither a PDF nor UTF-8 text or HTML",
                "attach the treaty as .txt, .html or .pdf (entente treaty code FILE reads these)"));
    }
}
