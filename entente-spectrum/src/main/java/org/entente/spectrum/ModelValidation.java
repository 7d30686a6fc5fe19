package org.entente.spectrum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Band;
import org.entente.reference.panel.DyadPanels;
import org.entente.reference.panel.DyadYear;

/**
 * Checks the data-only model against dyad-years labelled from datasets the model does not read
 * for its decision: COW Formal Alliances defence pacts (the model reads ATOP) label
 * {@code alliance}; Thompson-Dreyer strategic rivalries (the model reads the TSS list) label
 * {@code adversarial}; dyad-years with neither, no alliance of any kind in either dataset and
 * some recorded trade label {@code transactional}. The set is split by dyad into a half used to
 * set thresholds and a half reported as it comes out.
 */
public final class ModelValidation {

    /** The labelled years; both label datasets cover them (COW alliances to 2012, TD to 2010). */
    public static final int[] YEARS = {2000, 2005, 2010};

    private final Assessor assessor;
    private final DyadPanels panels;

    /**
     * @param assessor the model
     * @param panels   the dyad-year panel
     */
    public ModelValidation(Assessor assessor, DyadPanels panels) {
        this.assessor = assessor;
        this.panels = panels;
    }

    /**
     * One labelled dyad-year and what the model said.
     *
     * @param a         COW code
     * @param b         COW code
     * @param year      the year
     * @param label     the band its label gives
     * @param predicted the band the model gives
     * @param tuning    whether it is in the half used for setting thresholds
     */
    public record Labelled(int a, int b, int year, Band label, Band predicted, boolean tuning) {
    }

    /**
     * @param transactionalEvery keep one in this many transactional dyad-years, so the three labels are of similar size
     * @return every labelled dyad-year with the model's band
     */
    public List<Labelled> run(int transactionalEvery) {
        List<Labelled> out = new ArrayList<>();
        for (int year : YEARS) {
            int[] voters = panels.votes().voters(year);
            int count = 0;
            for (int i = 0; i < voters.length; i++) {
                for (int j = i + 1; j < voters.length; j++) {
                    int a = voters[i];
                    int b = voters[j];
                    Optional<Band> label = label(a, b, year);
                    if (label.isEmpty() || label.get() == Band.TRANSACTIONAL && count++ % transactionalEvery != 0) {
                        continue;
                    }
                    Band predicted;
                    try {
                        predicted = assessor.assessDyad(a, b, a + "-" + b, year).band();
                    } catch (NoDataException e) {
                        continue;   // labelled, yet no measure the model reads reaches it
                    }
                    out.add(new Labelled(a, b, year, label.get(), predicted, (a * 31 + b) % 2 == 0));
                }
            }
        }
        return out;
    }

    private Optional<Band> label(int a, int b, int year) {
        // only the three measures the label needs, not the whole dyad-year (votes, power, disputes, ...)
        Optional<DyadYear.Alliance> alliance = panels.alliance(a, b, year);
        boolean rival = panels.rivalry(a, b, year).flatMap(DyadYear.Rivalry::thompsonDreyer).isPresent();
        Optional<String> cow = alliance.flatMap(DyadYear.Alliance::cowType);
        boolean anyAtop = alliance.map(al -> !al.aToB().isEmpty() || !al.bToA().isEmpty()).orElse(false);
        if (rival && cow.isEmpty()) {
            return Optional.of(Band.ADVERSARIAL);
        }
        if (cow.filter("defense"::equals).isPresent() && !rival) {
            return Optional.of(Band.ALLIANCE);
        }
        boolean trades = panels.trade(a, b, year).map(t -> t.aImportsFromB().orElse(0) + t.bImportsFromA().orElse(0) > 0).orElse(false);
        if (!rival && cow.isEmpty() && !anyAtop && trades) {
            return Optional.of(Band.TRANSACTIONAL);
        }
        return Optional.empty();
    }

    /**
     * @param rows    labelled dyad-years
     * @param tuning  which half
     * @return counts[label][predicted]
     */
    public static Map<Band, Map<Band, Integer>> confusion(List<Labelled> rows, boolean tuning) {
        Map<Band, Map<Band, Integer>> out = new EnumMap<>(Band.class);
        for (Labelled r : rows) {
            if (r.tuning() == tuning) {
                out.computeIfAbsent(r.label(), k -> new EnumMap<>(Band.class)).merge(r.predicted(), 1, Integer::sum);
            }
        }
        return out;
    }
}
