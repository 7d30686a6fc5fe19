package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.entente.model.Case;
import org.entente.reference.Country;
import org.entente.reference.data.Bundle;
import org.entente.reference.data.Scratch;
import org.entente.reference.panel.DyadPanels;
import org.entente.reference.panel.DyadYear;
import org.entente.report.Brief;
import org.entente.report.BriefHtml;
import org.entente.report.BriefMarkdown;
import org.entente.report.BriefPdf;
import org.entente.scenarios.Forecast;
import org.entente.scenarios.ScenarioModel;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Assessor;
import org.entente.spectrum.SpectrumConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente brief [CASE] --format html|pdf|md --out FILE}: a generated brief. */
@Command(name = "brief", description = {"Write a brief generated from the model and data: HTML, PDF or Markdown "
        + "(default case: iran-russia).", "  entente brief --format pdf --out iran-russia.pdf",
        "  entente brief --as-of 2025-06-05 --format md --out iran-russia-2025-06.md   (only what was known then)",
        "  entente brief --dyad USA JPN --year 2015 --format html --out usa-japan.html"})
final class BriefCommand implements Callable<Integer> {

    /** Simulated futures behind a brief's outlook: as many as entente scenarios runs, so that both print the same numbers. */
    static final int RUNS = ScenarioModel.RUNS;

    /** Output formats. */
    enum Format { html, pdf, md }

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "A case id or path (default: iran-russia).")
    String caseId;

    @Option(names = "--format", defaultValue = "html", description = "html, pdf or md (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the brief.")
    Path out;

    @Option(names = "--dyad", arity = "2", paramLabel = "STATE", description = "A data-only brief on two states, no case.")
    List<String> dyad;

    @Option(names = "--year", paramLabel = "YEAR", description = "With --dyad: the year assessed, up to the current "
            + "one (default 2018).")
    Integer year;

    @Option(names = "--as-of", paramLabel = "DATE", description = "A case's brief as of DATE, from only the evidence "
            + "and data dated before it (YYYY, YYYY-MM or YYYY-MM-DD; default: the case's as-of date), as assess --as-of; "
            + "the outlook then leaves out the case's own observations, as scenarios --as-of does.")
    String asOf;

    @Option(names = "--config", paramLabel = "FILE", description = "Spectrum model settings (default: the bundled "
            + "config/spectrum.yaml), as for assess.")
    Path config;

    @Option(names = "--events", paramLabel = "FILE", description = "Event store whose record of the dyad, by quarter, "
            + "the brief shows and, for a case, counts in the diplomatic score as in assess (without it: the events "
            + "commands' store, when it exists, is shown only).")
    Path events;

    /** Calendar quarters a brief's event record covers, up to the date assessed: five years. */
    static final int EVENT_QUARTERS = 20;

    /** The PDF renderer's warm-up ({@link BriefPdf#warmUp}), or null. */
    private Thread warmUp;

    /** The store named with --events, read for a case's score and shown again in its event section. */
    private AssessEvents named;

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        // the PDF renderer's first run is its slow one: make it on a sample page while the brief is assessed
        warmUp = format == Format.pdf ? BriefPdf.warmUp() : null;
        SpectrumConfig cfg = config == null ? SpectrumConfig.defaults() : SpectrumConfig.load(config);
        if (year != null && dyad == null) {
            throw new Failures.BadInputException("--year goes with --dyad (a data-only brief); for a case, give "
                    + "--as-of DATE");
        }
        if (asOf != null && dyad != null) {
            throw AssessCommand.asOfWithDyad(asOf, dyad);
        }
        Country[] pair = dyad != null ? DyadArgs.two(ws.countries(), dyad.get(0), dyad.get(1)) : null;
        Brief brief = dyad != null ? dyadBrief(ws, cfg, pair) : caseBrief(ws, cfg);
        if (pair == null) {
            Case c = brief.subject().orElseThrow();
            pair = new Country[] {ws.countries().byIso3(c.dyad().get(0).code()).orElseThrow(),
                ws.countries().byIso3(c.dyad().get(1).code()).orElseThrow()};
        }
        brief = brief.withEvents(eventRecord(brief, pair[0], pair[1]));
        String xhtml = BriefHtml.render(brief);
        write(xhtml);
        spec.commandLine().getOut().println("wrote " + out + " (" + format + ", band " + brief.assessment().band().id() + ")");
        return 0;
    }

    /**
     * The dyad's event record up to the assessment's date: from the store named with --events (a
     * missing one is bad input), else from the default store when there is one.
     */
    private Optional<org.entente.report.EventRecord> eventRecord(Brief brief, Country a, Country b) {
        LocalDate asOf = brief.assessment().asOf();
        Optional<AssessEvents> record = named != null ? Optional.of(named) : events != null
                ? Optional.of(AssessEvents.read(events, a.iso3(), b.iso3(), asOf, EVENT_QUARTERS))
                : AssessEvents.readIfPresent(EventsCommand.defaultStore(), a.iso3(), b.iso3(), asOf, EVENT_QUARTERS);
        return record.map(r -> r.forBrief(EVENT_QUARTERS, asOf));
    }

    private Brief caseBrief(Workspace ws, SpectrumConfig cfg) {
        Case c = ws.load(caseId == null ? AssessCommand.DEFAULT_CASE : caseId);
        Country a = ws.countries().byIso3(c.dyad().get(0).code()).orElseThrow();
        Country b = ws.countries().byIso3(c.dyad().get(1).code()).orElseThrow();
        LocalDate date = asOf == null ? c.asOf().end() : ForecastCommand.caseDate(asOf, "--as-of", c);
        c.outlook().filter(o -> asOf != null).ifPresent(o -> ScenariosCommand.withinReach(o, date));
        DyadPanels panels = ScenariosCommand.panels(ws, c);   // loaded once, for the assessment and the data pages
        // as in assess: a store named with --events also feeds the diplomatic score; read once, shown later too
        named = events == null ? null : AssessEvents.readForScoring(events, a.iso3(), b.iso3(), date, cfg, EVENT_QUARTERS);
        org.entente.spectrum.EventSignal signal = named == null ? null : named.signal(cfg, date);
        Assessment today = ScenariosCommand.assessAt(ws, c, date, cfg, panels, signal);
        Optional<Forecast> forecast = c.outlook().map(o -> {
            // as in scenarios --as-of: what the case records as observed may not have been known on an earlier date
            Map<String, Boolean> seen = new LinkedHashMap<>();
            if (asOf == null) {
                o.signposts().forEach(s -> s.observed().ifPresent(v -> seen.put(s.id(), v)));
            }
            return new ScenarioModel(cfg).forecast(c, today, seen, seen, o.horizon(), RUNS, ScenarioModel.SEED);
        });
        // the years entente dyad and the web API show by default, up to the year assessed
        int last = Math.min(DyadPanels.lastCovered(panels.bundle()), date.getYear());
        List<DyadYear> panel = panels.panel(y -> ws.countries().cowFor(a, y).orElse(0), y -> ws.countries().cowFor(b, y).orElse(0),
                DyadPanels.firstShown(last), last);
        List<Assessment> recent = AssessCommand.recentYearEnds(new Assessor(cfg, panels), c,
                y -> ws.countries().cowFor(a, y).orElse(0), y -> ws.countries().cowFor(b, y).orElse(0), date);
        String title = c.title() + (asOf == null ? "" : " as of " + date) + ": " + today.band().id().replace('-', ' ');
        return new Brief(title, LocalDate.now(), Optional.of(c), today,
                forecast, panel, c.dyad().get(0).name(), c.dyad().get(1).name()).withRecent(recent);
    }

    private Brief dyadBrief(Workspace ws, SpectrumConfig cfg, Country[] pair) {
        if (caseId != null) {
            throw new Failures.BadInputException("--dyad takes two states, not a case");
        }
        Country a = pair[0];
        Country b = pair[1];
        int y = year == null ? 2018 : DyadArgs.pastYear(year, "--year");
        DyadPanels panels = DyadPanels.load(Bundle.bundled());
        int ca = ws.countries().cowFor(a, y).orElseThrow(() -> new Failures.BadInputException(a.name() + " has no COW code"));
        int cb = ws.countries().cowFor(b, y).orElseThrow(() -> new Failures.BadInputException(b.name() + " has no COW code"));
        Assessment r = new Assessor(cfg, panels).assessDyad(ca, cb, a.iso3() + "-" + b.iso3(), y);
        List<DyadYear> panel = panels.panel(x -> ws.countries().cowFor(a, x).orElse(0), x -> ws.countries().cowFor(b, x).orElse(0),
                Math.max(1946, y - 29), y);
        return new Brief(a.name() + " and " + b.name() + " (data only, " + y + "): " + r.band().id().replace('-', ' '),
                LocalDate.now(), Optional.empty(), r, Optional.empty(), panel, a.name(), b.name());
    }

    /**
     * Writes next to the target and renames, so a failure never leaves half a brief behind; a
     * symbolic link is followed (its file gets the brief); anything but a file in the way is refused.
     */
    private void write(String xhtml) {
        if (out.toString().isBlank()) {
            throw new Failures.BadInputException("--out needs a file name, e.g. --out brief." + format);
        }
        Path target = out.toAbsolutePath();
        try {
            for (int hops = 0; Files.isSymbolicLink(target); hops++) {
                if (hops == 20) {
                    throw new Failures.BadInputException("--out " + out + " is a loop of links; name a file for the brief");
                }
                target = target.getParent().resolve(Files.readSymbolicLink(target)).normalize();   // the link stays
            }
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                throw new Failures.BadInputException("--out " + out + " is " + (Files.isDirectory(target) ? "a folder"
                        : "not a plain file (a device or a pipe)") + "; name a file for the brief");
            }
            String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
            String ending = format == Format.md ? ".md" : "." + format;
            if (!name.endsWith(ending) && !(format == Format.html && name.endsWith(".htm"))) {
                spec.commandLine().getErr().println("entente: note: writing " + format + " into " + out
                        + ", whose name does not end in " + ending);
            }
            for (Path up = target.getParent(); up != null; up = up.getParent()) {
                if (Files.exists(up) && !Files.isDirectory(up)) {   // a file where a folder of the path should be
                    throw new Failures.BadInputException("cannot write " + out + " (" + up + " is a file, not a folder); "
                            + "choose a folder you can write to; nothing was written");
                }
            }
            if (!Files.isDirectory(target.getParent())) {
                // most likely a mistyped path: no folder is made for it
                throw new Failures.BadInputException("cannot write " + out + ": there is no folder " + target.getParent()
                        + "; create it first (mkdir -p '" + target.getParent() + "') or name a file in a folder that exists; "
                        + "nothing was written");
            }
            removeStale(target.getParent());
            // named with this process's id, so that a later run can tell it was left by a killed run
            Path tmp;
            try {
                tmp = Files.createTempFile(target.getParent(), TMP_PREFIX + "-" + Scratch.pid() + "-", ".tmp");
            } catch (IOException e) {
                throw refused(target.getParent(), e);
            }
            tmp.toFile().deleteOnExit();   // gone even if the process is stopped (not killed) half-way
            try {
                try (OutputStream os = Files.newOutputStream(tmp)) {
                    switch (format) {
                        case pdf -> {
                            joinWarmUp();
                            BriefPdf.write(xhtml, os);
                        }
                        case md -> os.write(BriefMarkdown.render(xhtml).getBytes(StandardCharsets.UTF_8));
                        default -> os.write(xhtml.getBytes(StandardCharsets.UTF_8));
                    }
                }
                try {
                    Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
                } catch (UnsupportedOperationException notPosix) {
                    // keep the default permissions
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (io instanceof java.nio.file.AccessDeniedException || io instanceof java.nio.file.FileSystemException fs
                    && fs.getReason() != null && fs.getReason().contains("Not a directory")
                    || io instanceof java.nio.file.FileAlreadyExistsException) {
                String why = io instanceof java.nio.file.AccessDeniedException ? "permission denied in "
                        + target.getParent() : "a file is in the way of its folder";
                throw new Failures.BadInputException("cannot write " + out + " (" + why + "); choose a folder you can "
                        + "write to; nothing was written");
            }
            // the disk, not the destination's name: a failure (exit 1), with nothing half-written
            throw new Failures.FailedException("cannot write " + out + " (" + reason(io) + "); nothing was written", io);
        }
    }

    /**
     * @param folder the existing folder the brief was to go to
     * @param e      why no scratch file could be made in it
     * @return bad input when the folder takes no new files (permissions, a read-only or a virtual
     * file system such as /proc), a failure when the disk is full; in words, without the scratch name
     */
    private RuntimeException refused(Path folder, IOException e) {
        String reason = reason(e);
        if (reason.contains("No space left") || reason.contains("quota")) {
            return new Failures.FailedException("cannot write " + out + ": the disk holding " + folder + " is full ("
                    + reason + "); free some space or choose another folder; nothing was written", e);
        }
        String detail = e instanceof java.nio.file.AccessDeniedException ? " (permission denied)"
                : reason.contains("Read-only file system") ? " (it is on a read-only file system)" : "";
        return new Failures.BadInputException("cannot write " + out + ": the folder " + folder + " refuses new files"
                + detail + "; choose a folder you can write to; nothing was written");
    }

    /** @return the system's reason for a failed write, never the scratch file's name that Java puts in its message */
    private static String reason(IOException e) {
        String reason = e instanceof java.nio.file.FileSystemException fs ? fs.getReason() : e.getMessage();
        return reason == null || reason.isBlank() || reason.contains(TMP_PREFIX) ? "the file system refused it" : reason;
    }

    private static final String TMP_PREFIX = ".entente-brief";

    /** Scratch names: the writer's process id, then a random number. */
    private static final Pattern SCRATCH = Pattern.compile("\\.entente-brief-(\\d+)-\\d*\\.tmp");

    /** Scratch names from before they carried the process id: their writer cannot be told. */
    private static final Pattern UNTAGGED = Pattern.compile("\\.entente-brief\\d+\\.tmp");

    /** Waits for the warm-up to end, so that the brief is not rendered while the sample is. */
    private void joinWarmUp() {
        if (warmUp == null) {
            return;
        }
        try {
            warmUp.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Removes scratch files that killed runs left in the folder: those whose process has ended, and
     * those without a process id (older versions) once they are an hour old. A running brief's file
     * is never touched.
     */
    private static void removeStale(Path folder) {
        Scratch.sweep(folder, SCRATCH);
        long hourAgo = System.currentTimeMillis() - 3_600_000L;
        try (var files = Files.newDirectoryStream(folder, TMP_PREFIX + "*.tmp")) {
            for (Path f : files) {
                if (UNTAGGED.matcher(f.getFileName().toString()).matches()
                        && Files.getLastModifiedTime(f).toMillis() < hourAgo) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException ignored) {
            // scratch only: it does not stop the brief
        }
    }
}
