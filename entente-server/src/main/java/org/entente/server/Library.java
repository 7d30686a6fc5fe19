package org.entente.server;

import org.entente.spectrum.AssessmentJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.entente.casefile.CaseFiles;
import org.entente.casefile.CaseLibrary;
import org.entente.model.Case;
import org.entente.reference.Country;
import org.entente.reference.CountryTable;
import org.entente.reference.data.Bundle;
import org.entente.reference.data.DyadExtract;
import org.entente.reference.panel.DyadPanels;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;
import org.entente.spectrum.SpectrumConfig;

/**
 * What the routes read from: the cases, validated and assessed, and the dyad-year data cut to
 * the states asked about. A case is re-read when its file changes; its assessment and data are
 * kept until then, so a busy overview costs a map lookup and a file stat. The bibliography
 * table counts as part of the file; an edit made through the server drops the case at once.
 */
final class Library {

    /** A case id as the API accepts it: no dots or slashes, so it cannot leave the cases folder. */
    /** The form of case ids (and treaty ids), as the case-file validator requires it. */
    static final Pattern CASE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final CaseLibrary library;
    private final CountryTable countries = CountryTable.bundled();
    private final CaseFiles files;
    private final SpectrumConfig config = SpectrumConfig.defaults();
    private final Map<String, Loaded> cases = new ConcurrentHashMap<>();
    /** Bumped by each edit, so that a read racing with the edit cannot keep the old version cached. */
    private final Map<String, Long> generations = new ConcurrentHashMap<>();
    private final Map<Set<Integer>, DyadPanels> panels = new ConcurrentHashMap<>();
    /** Spans of years whose trajectories are kept per version of a case; beyond this the oldest kept are dropped. */
    static final int TRAJECTORIES_KEPT = 16;

    /**
     * A case as read, with what was computed from it; dropped when the file's time changes, and
     * with it the trajectories computed from this version (by span of years, at most
     * {@link #TRAJECTORIES_KEPT}), so that none outlives its version.
     */
    private record Loaded(Case value, String modified, Assessor assessor, IntUnaryOperator a, IntUnaryOperator b,
                          Assessment today, Map<String, Object> todayJson, byte[] todayBytes,
                          Map<String, List<Assessment>> trajectories) {
    }

    private final ObjectMapper mapper;

    Library(Path casesFolder, ObjectMapper mapper) {
        this(casesFolder, mapper, org.entente.casefile.TreatyTextCheck.sniff());
    }

    /** @param treatyTexts how attached treaty texts are checked (see {@link ServerOptions#treatyTexts()}) */
    Library(Path casesFolder, ObjectMapper mapper, org.entente.casefile.TreatyTextCheck treatyTexts) {
        this.library = new CaseLibrary(casesFolder);
        this.mapper = mapper;
        this.files = new CaseFiles(countries, treatyTexts);
    }

    CountryTable countries() {
        return countries;
    }

    SpectrumConfig config() {
        return config;
    }

    /** @return the ids of the cases in the folder, sorted */
    List<String> ids() {
        return library.ids();
    }

    /**
     * @param id a case id from a URL
     * @return the case, validated
     * @throws ApiProblem 404 when the id is malformed or names no case
     */
    Case load(String id) {
        return loaded(id).value();
    }

    /** @return the case's assessment as of its own date */
    Assessment assessment(String id) {
        return loaded(id).today();
    }

    /** @return the assessment as JSON, built once per version of the case file */
    Map<String, Object> assessmentJson(String id) {
        return loaded(id).todayJson();
    }

    /**
     * @return the assessment as serialised JSON, written once per version of the case file: the
     *         overview's hottest request then costs a file stat and a copy
     */
    byte[] assessmentBytes(String id) {
        return loaded(id).todayBytes();
    }

    /** @return the case's assessment on another date */
    Assessment assessment(String id, LocalDate date) {
        Loaded l = loaded(id);
        return l.assessor().assess(l.value(), l.a(), l.b(), date);
    }

    /** @return the case's assessment on another date as JSON, as {@code entente assess --as-of DATE --json} gives it */
    Map<String, Object> assessmentJson(String id, LocalDate date) {
        Loaded l = loaded(id);
        return AssessmentJson.of(l.assessor().assess(l.value(), l.a(), l.b(), date),
                l.assessor().recentYearEnds(l.value(), l.a(), l.b(), date));
    }

    /** @return one assessment per year, each at the end of its year (or at the case's date for the last) */
    List<Assessment> trajectory(String id, int from, int to) {
        Loaded l = loaded(id);
        String span = from + ":" + to;
        synchronized (l.trajectories()) {
            List<Assessment> kept = l.trajectories().get(span);
            if (kept != null) {
                return kept;
            }
        }
        // computed without the lock, so that other spans (and the ones kept) are served meanwhile;
        // two requests racing for a new span both compute it, and the first one kept wins
        List<Assessment> years = l.assessor().trajectory(l.value(), l.a(), l.b(), from, to);
        synchronized (l.trajectories()) {
            List<Assessment> kept = l.trajectories().putIfAbsent(span, years);
            return kept != null ? kept : years;
        }
    }

    /** @return the dyad-year panel for two states' codes, cut from the bundle once and cached */
    DyadPanels panelsFor(Country a, Country b) {
        Set<Integer> codes = new HashSet<>(countries.cowCodes(a));
        codes.addAll(countries.cowCodes(b));
        return panels.computeIfAbsent(Set.copyOf(codes), c -> DyadPanels.load(DyadExtract.of(Bundle.bundled(),
                cacheFolder(), c)));
    }

    /** Drops what is kept of a case, so that the next request reads it again (after an edit). */
    void forget(String id) {
        generations.merge(id, 1L, Long::sum);
        cases.remove(id);
    }

    /** @return the validator the command line uses */
    CaseFiles files() {
        return files;
    }

    /** @return the folder of a case, checked as {@link #file} checks it */
    Path folder(String id) {
        return file(id).getParent();
    }

    private Loaded loaded(String id) {
        Path file = file(id);
        String modified = generations.getOrDefault(id, 0L) + "/" + modified(file) + "/"
                + modified(file.resolveSibling("sources.tsv"));
        Loaded l = cases.get(id);
        if (l != null && l.modified().equals(modified)) {
            return l;
        }
        Loaded fresh = read(file, modified);
        cases.put(id, fresh);
        return fresh;
    }

    private Loaded read(Path file, String modified) {
        Case c = files.read(file);
        Country a = countries.byIso3(c.dyad().get(0).code()).orElseThrow();
        Country b = countries.byIso3(c.dyad().get(1).code()).orElseThrow();
        Assessor assessor = new Assessor(config, panelsFor(a, b));
        IntUnaryOperator ca = y -> countries.cowFor(a, y).orElse(0);
        IntUnaryOperator cb = y -> countries.cowFor(b, y).orElse(0);
        Assessment today = assessor.assess(c, ca, cb, c.asOf().end());
        Map<String, Object> json = AssessmentJson.of(today, assessor.recentYearEnds(c, ca, cb, c.asOf().end()));
        try {
            return new Loaded(c, modified, assessor, ca, cb, today, json, mapper.writeValueAsBytes(json), recent());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the assessment of " + c.id() + " as JSON", e);
        }
    }

    /** @return a map that keeps its {@link #TRAJECTORIES_KEPT} most recently added entries */
    private static Map<String, List<Assessment>> recent() {
        return new java.util.LinkedHashMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Assessment>> eldest) {
                return size() > TRAJECTORIES_KEPT;
            }
        };
    }

    /** The case file an id names: only ids of the library's own folders are accepted. */
    Path file(String id) {
        if (id == null || !CASE_ID.matcher(id).matches()) {
            throw ApiProblem.notFound("no case '" + Html.clip(id) + "'", "case ids are lower-case letters, digits and dashes");
        }
        Path folder = library.root().resolve(id).normalize();
        Path file = folder.resolve(CaseFiles.FILE_NAME);
        if (!folder.getParent().equals(library.root().normalize()) || !Files.isRegularFile(file)) {
            List<String> known = ids();
            throw ApiProblem.notFound("no case '" + id + "'", known.isEmpty() ? "the case folder " + library.root()
                    + " holds no cases" : "known cases: " + String.join(", ", known));
        }
        return file;
    }

    /** @return the file's time and size, or "-" when it does not exist */
    private static String modified(Path file) {
        try {
            if (!Files.exists(file)) {
                return "-";
            }
            return Files.getLastModifiedTime(file) + ":" + Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the time of " + file, e);
        }
    }

    /** Where data extracts are kept: the same folder the command line uses. */
    static Path cacheFolder() {
        return org.entente.reference.data.DyadExtract.defaultFolder();
    }

    /** @return a summary of every case, with its band; a case that does not read is listed with its problem */
    List<Map<String, Object>> summaries() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : ids()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            try {
                Case c = load(id);
                Assessment a = assessment(id);
                row.put("title", c.title());
                row.put("dyad", c.dyadLabel());
                row.put("asOf", c.asOf());
                row.put("band", a.band());
                row.put("score", AssessmentJson.score(a.score()));
                row.put("interval", List.of(AssessmentJson.score(a.low()), AssessmentJson.score(a.high())));
                row.put("sources", c.sources().size());
                row.put("events", c.timeline().size());
                row.put("evidence", c.evidence().size());
                row.put("treaties", c.treaties().size());
            } catch (org.entente.casefile.CaseFileException e) {
                // as the case's own route gives it: 'folder/case.yaml:line:column: message', no server folders
                row.put("problem", e.diagnostics().isEmpty() ? "the case file does not validate"
                        : Errors.located(e.diagnostics().get(0)) + (e.diagnostics().size() > 1
                        ? " (and " + (e.diagnostics().size() - 1) + " more)" : ""));
            } catch (RuntimeException e) {
                row.put("problem", e.getMessage());
            }
            rows.add(row);
        }
        return rows;
    }
}
