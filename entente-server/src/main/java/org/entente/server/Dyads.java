package org.entente.server;

import org.entente.model.Ordered;
import org.entente.spectrum.AssessmentJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.reference.Country;
import org.entente.reference.UnknownCountryException;
import org.entente.reference.data.Bundle;
import org.entente.reference.panel.DyadPanels;
import org.entente.reference.panel.DyadYear;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;

/**
 * Any pair of states from the bundled data: the dyad-year panel, a data-only assessment, and
 * the reference pairs the case overview plots commitment against cooperation for.
 */
final class Dyads {

    /** The year data-only assessments use by default: the last year ATOP's alliance data covers. */
    static final int YEAR = 2018;

    /**
     * Well-known pairs at several points of the spectrum: treaty allies, an entente, partners
     * without a pledge, and rivals.
     */
    static final List<String[]> REFERENCES = List.of(new String[] {"USA", "GBR"}, new String[] {"USA", "JPN"},
            new String[] {"FRA", "DEU"}, new String[] {"USA", "ISR"}, new String[] {"RUS", "CHN"},
            new String[] {"IND", "RUS"}, new String[] {"RUS", "TUR"}, new String[] {"IND", "PAK"},
            new String[] {"USA", "CHN"});

    /**
     * The most years one panel answers with, counting both ends: every year from 1816 to the end
     * of the bundled data fits, and the answer stays a few hundred rows.
     */
    static final int MAX_YEARS = 251;

    private final Library library;
    private volatile List<Map<String, Object>> references;

    Dyads(Library library) {
        this.library = library;
    }

    /**
     * A pair's panel as the API answers it, with the assessment it holds, which the page reads in full.
     *
     * @param json       the panel, coverage and assessment as one JSON-ready map
     * @param assessment the data-only assessment
     */
    record Panel(Map<String, Object> json, Assessment assessment) {
    }

    /** @throws ApiProblem 400 when the two are one state: a dyad needs two (routes and pages alike) */
    static void distinct(String iso3a, String iso3b) {
        if (iso3a.equals(iso3b)) {
            throw ApiProblem.badRequest("a dyad needs two different states, not " + iso3a + " twice", "pick another state");
        }
    }

    /**
     * @param a    the first state as typed: ISO code, COW code or name
     * @param b    the second
     * @param from first year, or null for 29 years before the last
     * @param to   last year, or null for the last year any dataset covers
     * @param year the year of the data-only assessment, or null for {@link #YEAR}
     * @return the panel, coverage and assessment
     */
    Panel panel(String a, String b, Integer from, Integer to, Integer year) {
        Country ca = country(a);
        Country cb = country(b);
        distinct(ca.iso3(), cb.iso3());
        int cowA = cow(ca);
        int cowB = cow(cb);
        Bundle bundle = Bundle.bundled();
        int dataEnd = DyadPanels.lastCovered(bundle);
        int last = to != null ? to : dataEnd;
        int first = from != null ? from : DyadPanels.firstShown(last);
        span(first, last, to != null, dataEnd);
        DyadPanels p = library.panelsFor(ca, cb);
        List<DyadYear> rows = p.panel(y -> library.countries().cowFor(ca, y).orElse(cowA),
                y -> library.countries().cowFor(cb, y).orElse(cowB), first, last);
        int y = year != null ? year : Math.min(YEAR, last);
        int now = java.time.Year.now().getValue();
        if (y > now) {   // the data-only assessment would carry the last years' data forward under a future date
            throw ApiProblem.badRequest("year " + y + " is after this year (" + now + "): the data record no later year",
                    "give year=" + now + " or earlier; the bundled datasets end in " + dataEnd + " at the latest");
        }
        Assessor assessor = new Assessor(library.config(), p);
        java.util.function.IntFunction<Assessment> at = t -> assessor.assessDyad(library.countries().cowFor(ca, t)
                .orElse(cowA), library.countries().cowFor(cb, t).orElse(cowB), ca.iso3() + "-" + cb.iso3(), t);
        Assessment data;
        try {
            data = at.apply(y);
        } catch (org.entente.spectrum.NoDataException e) {
            throw noData(ca.iso3() + "\u2013" + cb.iso3(), y, year != null, at);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", Ordered.map("iso3", ca.iso3(), "name", ca.name()));
        out.put("b", Ordered.map("iso3", cb.iso3(), "name", cb.name()));
        out.put("from", first);
        out.put("to", last);
        out.put("years", rows);
        out.put("coverage", bundle.datasets());
        out.put("assessment", AssessmentJson.of(data));
        return new Panel(out, data);
    }

    /**
     * @return the refusal of a year no dataset reaches for the pair, naming {@code year} and the years that have data
     * (found by trying each year from either end: only on this error path)
     */
    private static ApiProblem noData(String pair, int y, boolean given, java.util.function.IntFunction<Assessment> at) {
        Integer first = null;
        Integer last = null;
        int now = java.time.Year.now().getValue();   // a later year is refused before it is tried, so it is never offered
        for (int t = DyadPanels.FIRST_YEAR; t <= now && first == null; t++) {
            first = has(at, t) ? t : null;
        }
        for (int t = now; first != null && t >= first && last == null; t--) {
            last = has(at, t) ? t : null;
        }
        String which = given ? "year " + y : "year " + y + " (taken from 'to', since 'year' was not given)";
        if (first == null) {
            return ApiProblem.badRequest(which + ": the bundled datasets have nothing on " + pair + " in any year",
                    "no data-only assessment can be made for this pair");
        }
        return ApiProblem.badRequest(which + ": the bundled datasets have nothing on " + pair + " within the look-back "
                + "before it", "give a year with data on the pair, from " + first + " to " + last + " (there may be gaps), "
                + "e.g. year=" + Math.max(first, Math.min(YEAR, last)));
    }

    private static boolean has(java.util.function.IntFunction<Assessment> at, int year) {
        try {
            at.apply(year);
            return true;
        } catch (org.entente.spectrum.NoDataException e) {
            return false;
        }
    }

    /** Refuses a year outside the data's range, a reversed span, or one longer than {@link #MAX_YEARS}. */
    private static void span(int first, int last, boolean toGiven, int dataEnd) {
        Api.checkYear(first, "from");
        Api.checkYear(last, "to");
        if (first > last) {
            throw ApiProblem.badRequest("from " + first + " is after to " + last + (toGiven ? ""
                    : " (the default to: the last year the bundled data covers)"), "give from <= to");
        }
        int years = last - first + 1;
        if (years > MAX_YEARS) {
            throw ApiProblem.badRequest("years " + first + " to " + last + " are " + years + " years; a panel covers at most "
                    + MAX_YEARS + " at a time", "ask for fewer, e.g. from=" + first + "&to=" + (first + MAX_YEARS - 1)
                    + "; the bundled data ends in " + dataEnd + ", so from=" + DyadPanels.FIRST_YEAR + "&to=" + dataEnd
                    + " holds all of it");
        }
    }

    /** @return data-only assessments of the reference pairs, computed once */
    List<Map<String, Object>> references() {
        List<Map<String, Object>> r = references;
        if (r == null) {
            List<Map<String, Object>> built = new ArrayList<>();
            for (String[] pair : REFERENCES) {
                Country a = country(pair[0]);
                Country b = country(pair[1]);
                Assessment x = new Assessor(library.config(), library.panelsFor(a, b)).assessDyad(cow(a), cow(b),
                        a.iso3() + "-" + b.iso3(), YEAR);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("dyad", a.iso3() + "\u2013" + b.iso3());
                row.put("year", YEAR);
                row.put("band", x.band());
                row.put("score", AssessmentJson.score(x.score()));
                row.put("commitment", AssessmentJson.score(x.commitment().score()));
                built.add(row);
            }
            references = r = List.copyOf(built);
        }
        return r;
    }

    /** @return every state of the cross-walk with a COW code, for the pair form */
    List<Map<String, Object>> states() {
        List<Map<String, Object>> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Country c : library.countries().all()) {
            if (c.cowCode().isPresent() && seen.add(c.iso3())) {
                out.add(Ordered.map("iso3", c.iso3(), "name", c.name()));
            }
        }
        out.sort(java.util.Comparator.comparing(m -> (String) m.get("name")));
        return out;
    }

    /** @return the state as typed (ISO code, COW code or name), resolved; 400 or 404 when it names none */
    Country country(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > 60) {
            throw ApiProblem.badRequest("name a state by ISO code, COW code or name", "e.g. IRN, 365 or Russia");
        }
        try {
            return library.countries().resolve(typed);
        } catch (UnknownCountryException e) {
            throw ApiProblem.notFound(e.getMessage(), "try an ISO code such as IRN or RUS");
        }
    }

    private static int cow(Country c) {
        return c.cowCode().orElseThrow(() -> ApiProblem.notFound(c.name()
                + " has no Correlates of War code, so the datasets do not cover it", "pick a state in the COW system"));
    }
}
