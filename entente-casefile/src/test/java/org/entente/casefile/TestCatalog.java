package org.entente.casefile;

import java.util.List;
import java.util.Set;
import org.entente.model.Spelling;
import org.entente.model.StateCatalog;

/** A small state catalogue for tests of this module, which must not depend on the bundled table. */
final class TestCatalog implements StateCatalog {

    private static final Set<String> CODES = Set.of("IRN", "RUS", "CHN", "PRK", "IRQ", "IRL", "USA", "ISR");

    @Override
    public boolean isKnown(String iso3) {
        return CODES.contains(iso3);
    }

    @Override
    public List<String> suggest(String input) {
        return Spelling.nearest(input, CODES, 3);
    }
}
