package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Briefs for every built-in case and a data-only pair: the PDF's text, its endnotes, its pages as images, the HTML. */
class BriefCommandTest {

    private static final Path OUT = Path.of("target", "briefs");

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").replace("\u00ad", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"iran-russia", "russia-dprk", "russia-china"})
    void each_case_gets_a_pdf_whose_text_holds_the_band_the_figures_and_every_endnote(String id) throws Exception {
        Files.createDirectories(OUT);
        Path pdf = OUT.resolve(id + ".pdf");
        Path html = OUT.resolve(id + ".html");
        Run r = Run.entente("brief", id, "--format", "pdf", "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Run.entente("brief", id, "--format", "html", "--out", html.toString()).code()).isZero();
        JsonNode a = new ObjectMapper().readTree(Run.entente("assess", id, "--json").out());
        String band = a.get("band").asText();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = squash(new PDFTextStripper().getText(doc));
            assertThat(text).contains(band).contains("Key takeaways").contains("Notes");
            assertThat(text).contains("overall " + Math.round(a.get("score").asDouble()) + " of 100");
            assertThat(text).contains("commitment " + Math.round(a.get("commitment").get("score").asDouble()));
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            List<String> endnotes = Jsoup.parse(Files.readString(html)).select("ol.endnotes li").eachText();
            assertThat(endnotes).isNotEmpty();
            for (String note : endnotes) {
                String start = squash(note).substring(0, Math.min(30, note.length()));
                assertThat(text).as("endnote in the PDF: %s", note).contains(start);
            }
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 0; p < 2; p++) {
                BufferedImage img = renderer.renderImageWithDPI(p, 60);
                File png = OUT.resolve(id + "-page-" + (p + 1) + ".png").toFile();
                ImageIO.write(img, "png", png);
                assertThat(png).exists().isNotEmpty();
            }
        }
    }

    /**
     * The takeaways name the heaviest limits (as assess --json weighs them) and the likeliest band
     * at the horizon with the very share entente scenarios prints, today's band beside it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"iran-russia", "russia-china"})
    void the_takeaways_name_the_heaviest_limits_and_the_likeliest_band(String id) throws Exception {
        Files.createDirectories(OUT);
        Path md = OUT.resolve(id + "-takeaways.md");
        assertThat(Run.entente("brief", id, "--format", "md", "--out", md.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(md);
        String stands = lines.stream().filter(l -> l.startsWith("1. **Where it stands.**")).findFirst().orElseThrow();
        String limits = lines.stream().filter(l -> l.startsWith("3. **What limits it.**")).findFirst().orElseThrow();
        String move = lines.stream().filter(l -> l.startsWith("4. **What would move it.**")).findFirst().orElseThrow();
        ObjectMapper json = new ObjectMapper();
        JsonNode assessed = json.readTree(Run.entente("assess", id, "--json").out());
        JsonNode heaviest = null;
        for (JsonNode c : assessed.get("explanation")) {
            if (c.get("kind").asText().equals("limit")
                    && (heaviest == null || c.get("effect").asDouble() > heaviest.get("effect").asDouble())) {
                heaviest = c;
            }
        }
        assertThat(limits).contains(heaviest.get("label").asText().substring(0, 30));
        JsonNode outlook = json.readTree(Run.entente("scenarios", id, "--json").out());
        JsonNode bands = outlook.get("baseline").get(outlook.get("baseline").size() - 1).get("bands");
        String likeliest = null;
        for (var it = bands.fields(); it.hasNext(); ) {
            var e = it.next();
            if (likeliest == null || e.getValue().asDouble() > bands.get(likeliest).asDouble()) {
                likeliest = e.getKey();
            }
        }
        String today = assessed.get("band").asText();
        // the year-ends before the case's date, as assess gives them
        JsonNode recent = assessed.get("recentYearEnds");
        assertThat(stands).contains("At the end of " + recent.get(0).get("asOf").asText().substring(0, 4))
                .contains(recent.get(recent.size() - 1).get("band").asText() + (recent.get(recent.size() - 1).get("edges").isEmpty()
                        ? "." : " (" + recent.get(recent.size() - 1).get("edges").get(0).asText() + ")."));
        // the neighbouring bands' changes, up then down (assess lists them first), not a band further away
        JsonNode changes = assessed.get("wouldChange");
        assertThat(move).contains(changes.get(0).asText().substring(1) + "; " + changes.get(1).asText() + ". By ");
        assertThat(move).contains("the model gives " + Math.round(100 * bands.get(likeliest).asDouble()) + "% for " + likeliest)
                .contains(Math.round(100 * bands.get(today).asDouble()) + "% for " + today + " (today's band)");
        // the dimension table marks the broad dimensions as assess --json does
        for (var d : (Iterable<java.util.Map.Entry<String, JsonNode>>) assessed.get("dimensions")::fields) {
            String row = lines.stream().filter(l -> l.startsWith("| " + d.getKey() + " |")).findFirst().orElseThrow();
            assertThat(row).as(row).endsWith(d.getValue().get("broad").asBoolean() ? "| yes |" : "| no |");
        }
        // and which condition for more than transactional fewer runs meet, with the shares scenarios gives
        JsonNode met = outlook.get("baseline").get(outlook.get("baseline").size() - 1).get("cooperation");
        String breadth = met.get("breadthAt").asInt() + " or more broad dimensions in "
                + ScenariosText.share(met.get("breadth").asDouble()) + " of runs";
        String overall = met.get("overallAt").asText().replaceAll("\\.0$", "") + " or more in "
                + ScenariosText.share(met.get("overall").asDouble()) + " of runs";
        assertThat(move).contains("of the two conditions for strategic-transactionalism, fewer runs keep "
                + (met.get("breadth").asDouble() <= met.get("overall").asDouble()
                ? "breadth (" + breadth + ") than the overall score (" + overall + ")"
                : "the overall score (" + overall + ") than breadth (" + breadth + ")"));
    }

    /**
     * Russia–DPRK is alliance in nearly every run at the horizon, and alliance asks for no breadth:
     * which of strategic-transactionalism's conditions fewer runs keep explains nothing there, so the
     * takeaway leaves it out.
     */
    @Test
    void the_takeaway_leaves_out_the_conditions_where_hardly_any_run_is_transactional() throws Exception {
        Files.createDirectories(OUT);
        Path md = OUT.resolve("russia-dprk-conditions.md");
        assertThat(Run.entente("brief", "russia-dprk", "--format", "md", "--out", md.toString()).code()).isZero();
        String move = Files.readAllLines(md).stream().filter(l -> l.startsWith("4. **What would move it.**")).findFirst()
                .orElseThrow();
        JsonNode outlook = new ObjectMapper().readTree(Run.entente("scenarios", "russia-dprk", "--json").out());
        JsonNode bands = outlook.get("baseline").get(outlook.get("baseline").size() - 1).get("bands");
        assertThat(bands.get("transactional").asDouble()).isLessThan(0.01);
        assertThat(move).contains("over 99% for alliance").doesNotContain("conditions").doesNotContain("breadth");
    }

    /**
     * Russia–DPRK's year table: 99.5% alliance is not "100%", 0.4% is not "0%"; a share is rounded to
     * all or none only when it is all or none, as in the tables of entente scenarios.
     */
    @Test
    void the_year_table_never_rounds_a_share_to_all_or_none() throws Exception {
        Files.createDirectories(OUT);
        Path md = OUT.resolve("russia-dprk-table.md");
        assertThat(Run.entente("brief", "russia-dprk", "--format", "md", "--out", md.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(md);
        JsonNode outlook = new ObjectMapper().readTree(Run.entente("scenarios", "russia-dprk", "--json").out());
        String[] bands = {"adversarial", "transactional", "strategic-transactionalism", "strategic-alignment", "alliance"};
        int rows = 0;
        for (JsonNode y : outlook.get("baseline")) {
            String row = lines.stream().filter(l -> l.startsWith("| " + y.get("year").asInt() + " |")).findFirst().orElseThrow();
            rows++;
            String[] cells = row.split("\\s*\\|\\s*");
            String cli = Run.entente("scenarios", "russia-dprk", "--horizon", y.get("year").asText()).out().lines()
                    .filter(l -> l.startsWith(y.get("year").asText() + " ")).findFirst().orElseThrow();
            String[] cliCells = cli.trim().split("\\s+");
            for (int b = 0; b < bands.length; b++) {
                double p = y.get("bands").get(bands[b]).asDouble();
                String cell = cells[b + 2];
                assertThat(cell).as(y.get("year") + " " + bands[b] + " " + p).isEqualTo(p == 0 ? "0%" : p == 1 ? "100%"
                        : p < 0.005 ? "<1%" : p >= 0.995 ? ">99%" : Math.round(100 * p) + "%");
                assertThat(cliCells[b + 1]).as("scenarios: " + y.get("year") + " " + bands[b] + " " + p)
                        .isEqualTo(p == 0 ? "0.0%" : p == 1 ? "100.0%" : p < 0.0005 ? "<0.1%" : p >= 0.9995 ? ">99.9%"
                                : String.format(java.util.Locale.ROOT, "%.1f%%", 100 * p));
            }
        }
        assertThat(rows).isGreaterThan(3);
        assertThat(String.join("\n", lines)).contains("| 2035 | 0% | <1% | <1% | <1% | >99% |");
    }

    /**
     * The band-probability table lists every year of the outlook, as the chart does, in Markdown
     * (where the chart is left out, so the table is all there is), HTML and the PDF: Iran–Russia's
     * 2027 to 2035, not every other year.
     */
    @Test
    void the_year_table_lists_every_year_of_the_outlook(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        JsonNode outlook = new ObjectMapper().readTree(Run.entente("scenarios", "iran-russia", "--json").out());
        List<String> years = new java.util.ArrayList<>();
        outlook.get("baseline").forEach(y -> years.add(y.get("year").asText()));
        assertThat(years).hasSizeGreaterThan(5).startsWith("2027").endsWith("2035");
        Path md = dir.resolve("b.md");
        Path html = dir.resolve("b.html");
        Path pdf = dir.resolve("b.pdf");
        for (Path out : List.of(md, html, pdf)) {
            Run r = Run.entente("brief", "--format", out.getFileName().toString().substring(2), "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        String text = Files.readString(md);
        String table = text.substring(text.indexOf("| year | adversarial |"), text.indexOf("### Scenarios"));
        assertThat(table.lines().skip(2).filter(l -> l.startsWith("| ")).map(l -> l.substring(2, 6)).toList())
                .isEqualTo(years);
        Document doc = Jsoup.parse(Files.readString(html));
        org.jsoup.nodes.Element t = doc.select("h2:contains(Where it could go) ~ table").first();
        assertThat(t.select("tr td:eq(0)").eachText()).isEqualTo(years);
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String pdfText = squash(new PDFTextStripper().getText(d));
            for (int i = 0; i < years.size(); i++) {
                String cells = String.join(" ", t.select("tr").get(i + 1).select("td").eachText());
                assertThat(pdfText).as("the PDF's row for " + years.get(i)).contains(cells);
            }
        }
    }

    /** Today's band resting on a threshold is said where the brief says where the partnership stands. */
    @Test
    void where_it_stands_says_when_today_s_band_rests_on_a_threshold(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // the strategic-transactionalism bar moved to three tenths under today's overall score (58.8), within the
        // half point that counts as resting on it (the bars above with it)
        Path config = Files.writeString(dir.resolve("spectrum.yaml"),
                "bands:\n  st_overall: 58.5\n  alignment_overall: 60\n  alliance_overall: 60\n");
        JsonNode assessed = new ObjectMapper().readTree(Run.entente("assess", "--config", config.toString(), "--json").out());
        assertThat(assessed.get("edges")).hasSize(1);
        String edge = assessed.get("edges").get(0).asText();
        assertThat(edge).startsWith("overall 58.8 is just over its threshold of 58.5: under it, the band would be transactional");
        Path md = dir.resolve("brief.md");
        assertThat(Run.entente("brief", "--config", config.toString(), "--format", "md", "--out", md.toString()).code()).isZero();
        String stands = Files.readAllLines(md).stream().filter(l -> l.startsWith("1. **Where it stands.**")).findFirst().orElseThrow();
        assertThat(stands).contains("It rests on a threshold: " + edge + ".");
        Path plain = dir.resolve("plain.md");
        assertThat(Run.entente("brief", "--format", "md", "--out", plain.toString()).code()).isZero();
        assertThat(Files.readString(plain)).doesNotContain("It rests on a threshold");
    }

    @Test
    void the_html_is_well_formed_xhtml_with_every_citation_numbered() throws Exception {
        Path html = OUT.resolve("check.html");
        Files.createDirectories(OUT);
        assertThat(Run.entente("brief", "iran-russia", "--out", html.toString()).code()).isZero();
        String text = Files.readString(html);
        Document xml = Jsoup.parse(text, "", Parser.xmlParser().setTrackErrors(50));
        Parser strict = Parser.xmlParser().setTrackErrors(50);
        strict.parseInput(text, "");
        assertThat(strict.getErrors()).as("XML well-formedness errors").isEmpty();
        int notes = xml.select("ol.endnotes li").size();
        assertThat(notes).isPositive();
        assertThat(xml.select("sup").eachText()).as("citations in the text").hasSizeGreaterThan(10);
        for (String sup : xml.select("sup").eachText()) {
            for (String n : sup.replaceAll("[\\[\\]]", "").split(",\\s*")) {
                assertThat(Integer.parseInt(n)).isBetween(1, notes);
            }
        }
        assertThat(xml.select("svg")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(xml.select("h2").eachText()).contains("Key takeaways", "Where the partnership stands", "Where it could go",
                "Methodology", "Notes");
    }

    @Test
    void a_data_only_pair_gets_a_brief_and_markdown_works() throws Exception {
        Files.createDirectories(OUT);
        Path pdf = OUT.resolve("usa-jpn.pdf");
        Run r = Run.entente("brief", "--dyad", "USA", "JPN", "--year", "2015", "--format", "pdf", "--out", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = squash(new PDFTextStripper().getText(doc));
            assertThat(text).contains("data only").contains("alliance").contains("not visible in data alone");
        }
        Path md = OUT.resolve("iran-russia.md");
        assertThat(Run.entente("brief", "--format", "md", "--out", md.toString()).code()).isZero();
        assertThat(Files.readString(md)).startsWith("# Iran and Russia").contains("## Key takeaways").contains("| dimension |");
    }

    /** A case's brief shows the data for the years entente dyad shows by default (it showed 1992-2021, dyad 1993-2022). */
    @Test
    void a_case_brief_shows_the_data_years_entente_dyad_shows(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Run dyad = Run.entente("dyad", "IRN", "RUS", "--format", "json");
        assertThat(dyad.code()).as(dyad.err()).isZero();
        JsonNode panel = new ObjectMapper().readTree(dyad.out());
        String years = panel.get("from").asInt() + "\u2013" + panel.get("to").asInt();
        assertThat(years).isEqualTo("1993\u20132022");   // thirty years up to the last year of the bundled data
        Path md = dir.resolve("iran-russia.md");
        Run r = Run.entente("brief", "--format", "md", "--out", md.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(md)).contains("Public datasets bundled with Entente, " + years + ";");
    }

    /** A brief for the issue brief's date: its heading says the date and its figures are assess --as-of's for it. */
    @Test
    void a_brief_as_of_a_past_date_has_the_figures_assess_gives_for_that_date(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Run assess = Run.entente("assess", "--as-of", "2025-06-05", "--json");
        assertThat(assess.code()).as(assess.err()).isZero();
        JsonNode a = new ObjectMapper().readTree(assess.out());
        Path md = dir.resolve("iran-russia-2025-06-05.md");
        Run r = Run.entente("brief", "--as-of", "2025-06-05", "--format", "md", "--out", md.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(md);
        assertThat(text).startsWith("# Iran and Russia as of 2025-06-05: ").contains("assessed as of 2025-06-05");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\*\\*([a-z-]+)\\*\\*, overall (\\d+) of 100 "
                + "\\(interval (\\d+)\u2013(\\d+)\\)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        assertThat(m.group(1)).isEqualTo(a.get("band").asText());
        assertThat(Double.parseDouble(m.group(2))).isCloseTo(a.get("score").asDouble(), org.assertj.core.data.Offset.offset(0.55));
        assertThat(Double.parseDouble(m.group(3))).isCloseTo(a.get("interval").get(0).asDouble(), org.assertj.core.data.Offset.offset(0.55));
        assertThat(Double.parseDouble(m.group(4))).isCloseTo(a.get("interval").get(1).asDouble(), org.assertj.core.data.Offset.offset(0.55));
        // the case's own date scores 59 overall: these are the figures of 2025-06-05, not of the case's date
        assertThat(a.get("score").asDouble()).isLessThan(58.5);
        a.get("dimensions").fields().forEachRemaining(d -> {
            java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\| " + d.getKey() + " \\| (\\d+) \\|").matcher(text);
            assertThat(row.find()).as(d.getKey()).isTrue();
            assertThat(Double.parseDouble(row.group(1))).as(d.getKey())
                    .isCloseTo(d.getValue().get("score").asDouble(), org.assertj.core.data.Offset.offset(0.55));
        });
    }

    /**
     * A brief for an earlier date lists the case as it stood then, by the assessment's own cut: the
     * treaties with their status on that date (the 2025 treaty signed, not yet in force; the 2001
     * one still in force), and under drivers and limits only evidence that had begun by then.
     */
    @Test
    void a_brief_as_of_a_past_date_lists_treaties_and_evidence_as_they_stood_then(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Run assess = Run.entente("assess", "--as-of", "2025-06-05", "--json");
        assertThat(assess.code()).as(assess.err()).isZero();
        List<String> inForce = new java.util.ArrayList<>();
        new ObjectMapper().readTree(assess.out()).get("commitment").get("inForce").forEach(t -> inForce.add(t.asText()));
        Path md = dir.resolve("b.md");
        Run r = Run.entente("brief", "--as-of", "2025-06-05", "--format", "md", "--out", md.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(md);
        String treaties = text.substring(text.indexOf("## The treaties"), text.indexOf("## Drivers and limits"));
        String forces = text.substring(text.indexOf("## Drivers and limits"), text.indexOf("## What the data show"));
        org.entente.model.Case c = new org.entente.casefile.CaseFiles(org.entente.reference.CountryTable.bundled())
                .read(Path.of(Run.CASES, "iran-russia", "case.yaml"));
        java.time.LocalDate date = java.time.LocalDate.of(2025, 6, 5);
        for (org.entente.model.Treaty t : c.treaties()) {
            String heading = "### " + t.title() + "\n\n";
            if (t.signed().start().isAfter(date)) {
                assertThat(treaties).doesNotContain(heading);
                continue;
            }
            assertThat(treaties).contains(heading);
            String meta = treaties.substring(treaties.indexOf(heading) + heading.length()).lines().findFirst().orElseThrow();
            // the status on the date: in force exactly when the assessment counted the treaty as in force
            assertThat(meta).as(t.id()).contains("on 2025-06-05: " + (inForce.contains(t.id()) ? "in-force" : "signed"));
            t.entryIntoForce().filter(d -> d.start().isAfter(date))
                    .ifPresent(d -> assertThat(meta).as(t.id()).doesNotContain("in force " + d));
        }
        assertThat(inForce).containsExactly("treaty-2001");
        assertThat(treaties).contains("on 2025-06-05: signed").doesNotContain("in force 2025-10-02");
        int later = 0;
        for (org.entente.model.Evidence e : c.evidence()) {
            boolean after = e.period().map(p -> p.from().start().isAfter(date)).orElse(false);
            if (after) {
                later++;
                assertThat(forces).as(e.id()).doesNotContain(squash(e.claim()).strip());
            }
        }
        assertThat(later).as("the case holds evidence from after the date").isPositive();
        assertThat(forces).contains("*Evidence:*");
    }

    /** --as-of is read and refused as assess reads and refuses it. */
    @Test
    void brief_as_of_is_checked_as_assess_checks_it(@org.junit.jupiter.api.io.TempDir Path dir) {
        String out = dir.resolve("b.md").toString();
        for (String[] wrong : new String[][] {{"--as-of", "2025-13"}, {"--as-of", "2027"}, {"--as-of", "June"},
            {"--dyad", "IRN", "RUS", "--as-of", "2025"}}) {
            Run assess = Run.entente(concat(new String[] {"assess"}, wrong));
            Run brief = Run.entente(concat(concat(new String[] {"brief"}, wrong), new String[] {"--format", "md", "--out", out}));
            assertThat(brief.code()).as(String.join(" ", wrong)).isEqualTo(2).isEqualTo(assess.code());
            assertThat(brief.err()).as(String.join(" ", wrong)).isEqualTo(assess.err());
        }
        assertThat(Files.exists(dir.resolve("b.md"))).isFalse();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * A folder that exists but takes no new files (/proc, where even root cannot make one; /sys,
     * where root is denied) is bad input, as a missing folder is: exit 2, the cause in words and
     * what to do, and no internal scratch name.
     */
    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void a_folder_that_refuses_new_files_is_bad_input_said_in_words() {
        Run proc = Run.entente("brief", "--format", "md", "--out", "/proc/b.md");
        assertThat(proc.code()).isEqualTo(2);
        assertThat(proc.err()).isEqualTo("entente: cannot write /proc/b.md: the folder /proc refuses new files; choose a "
                + "folder you can write to; nothing was written\n");
        Run sys = Run.entente("brief", "--format", "html", "--out", "/sys/b.html");
        assertThat(sys.code()).isEqualTo(2);
        assertThat(sys.err()).startsWith("entente: cannot write /sys/b.html: the folder /sys refuses new files")
                .endsWith("; choose a folder you can write to; nothing was written\n").doesNotContain(".tmp");
        assertThat(java.nio.file.Path.of("/proc/b.md")).doesNotExist();
    }

    @Test
    void a_bad_destination_is_bad_input_and_leaves_nothing_behind() throws Exception {
        Path blocker = Files.createDirectories(OUT).resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        List<Path> before;
        try (var files = Files.list(OUT)) {
            before = files.sorted().toList();
        }
        Run r = Run.entente("brief", "--out", blocker.resolve("x.html").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("cannot write");
        assertThat(blocker).hasContent("a file, not a folder");
        try (var files = Files.list(OUT)) {
            assertThat(files.sorted().toList()).as("no scratch file left").isEqualTo(before);
        }
    }

    /**
     * A link given as --out keeps being a link (its file gets the brief); a folder, a device or an
     * empty name is refused; a scratch file a killed run left (older than an hour) is cleared; a
     * name that does not fit the format gets a note.
     */
    @Test
    void the_destination_is_checked_and_links_are_followed(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path real = dir.resolve("real.md");
        Path link = Files.createSymbolicLink(dir.resolve("latest.md"), real);
        Path stale = Files.writeString(dir.resolve(".entente-brief123.tmp"), "left by a killed run");
        Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 7_200_000L));
        Path fresh = Files.writeString(dir.resolve(".entente-brief456.tmp"), "another brief being written now");
        Run r = Run.entente("brief", "russia-dprk", "--format", "md", "--out", link.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).contains("Russia and North Korea");
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        String[][] bad = {{dir.toString(), "is a folder"}, {"/dev/null", "not a plain file"}, {"", "--out needs a file name"},
            {dir.resolve("no/such/brief.md").toString(), "there is no folder " + dir.resolve("no/such") + "; create it first"},
            {real.resolve("sub/brief.md").toString(), real + " is a file, not a folder"}};
        for (String[] b : bad) {
            Run refused = Run.entente("brief", "russia-dprk", "--format", "md", "--out", b[0]);
            assertThat(refused.code()).as(b[0]).isEqualTo(2);
            assertThat(refused.err()).as(b[0]).contains(b[1]);
        }
        assertThat(dir.resolve("no")).as("no folder is made for a mistyped path").doesNotExist();
        Run note = Run.entente("brief", "russia-dprk", "--format", "md", "--out", dir.resolve("brief.html").toString());
        assertThat(note.code()).isZero();
        assertThat(note.err()).contains("note: writing md into").contains("does not end in .md");
    }

    /**
     * kill -9 during a brief left its scratch file for good: the next brief into that folder
     * clears the files whose writer has ended, and keeps a running brief's.
     */
    @Test
    void a_killed_brief_s_scratch_file_is_cleared_by_the_next_run(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path dead = Files.writeString(dir.resolve(".entente-brief-" + gone.pid() + "-42.tmp"), "");
        Path running = Files.writeString(dir.resolve(".entente-brief-" + ProcessHandle.current().pid() + "-43.tmp"), "");
        Path other = Files.writeString(dir.resolve(".entente-brief-notes.tmp"), "not ours to remove");
        Run r = Run.entente("brief", "russia-dprk", "--format", "md", "--out", dir.resolve("b.md").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dead).doesNotExist();
        assertThat(running).exists();
        assertThat(other).exists();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly(running.getFileName().toString(), ".entente-brief-notes.tmp", "b.md");
        }
    }

    /**
     * With an event store, the brief shows the dyad's record by quarter over the five years up to
     * the date assessed (the real fixtures' counts: Iran-Russia 2 events in 2015-Q4, 8 in ICEWS
     * 2018-Q2, 5 in 2019-Q4), in Markdown, HTML (with its chart) and the PDF's text; a case dated
     * 2026 sees none of them in its window and says so; a named store that is not there is bad
     * input and writes no brief.
     */
    @Test
    void a_brief_shows_the_event_record_when_a_store_exists(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String store = dir.resolve("e.duckdb").toString();
        assertThat(Run.entente("events", "ingest", EventsCommandTest.DATA.toString(), "--watch", "IRN:RUS",
                "--store", store).code()).isZero();
        String[] pair = {"brief", "--dyad", "IRN", "RUS", "--year", "2019", "--events", store};
        Path md = dir.resolve("b.md");
        Run r = Run.entente(with(pair, "--format", "md", "--out", md.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        String text = Files.readString(md);
        assertThat(text).contains("## The event record").contains("by quarter from 2015-Q1 to 2019-Q4")
                .contains("event store *e.duckdb*")
                .contains("| 2015-Q4 | gdelt | 2 | 0 | 2 | -1.00 |")
                .contains("| 2018-Q2 | icews | 8 | 8 | 0 | 1.00 |")
                .contains("| 2019-Q4 | gdelt | 5 | 5 | 0 | 1.00 |");
        Path html = dir.resolve("b.html");
        assertThat(Run.entente(with(pair, "--format", "html", "--out", html.toString())).code()).isZero();
        Document doc = Jsoup.parse(Files.readString(html), "", Parser.xmlParser());
        assertThat(doc.select("h3:contains(Net cooperation by quarter) + div.chart svg")).hasSize(1);
        Path pdf = dir.resolve("b.pdf");
        assertThat(Run.entente(with(pair, "--format", "pdf", "--out", pdf.toString())).code()).isZero();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(squash(new PDFTextStripper().getText(d))).contains("The event record").contains("2019-Q4 gdelt 5 5 0 1.00");
        }
        Path earlier = dir.resolve("earlier.md");
        assertThat(Run.entente("brief", "--dyad", "RUS", "IRN", "--year", "2018", "--events", store, "--format", "md",
                "--out", earlier.toString()).code()).isZero();
        assertThat(Files.readString(earlier)).contains("| 2018-Q2 | icews | 8 |").contains("| 2015-Q4 | gdelt | 2 |")
                .doesNotContain("2019-Q4");   // cut at the end of the year assessed
        Path caseBrief = dir.resolve("case.md");
        assertThat(Run.entente("brief", "--events", store, "--format", "md", "--out", caseBrief.toString()).code()).isZero();
        assertThat(Files.readString(caseBrief)).contains("## The event record")
                .contains("no events between the two from 2022-Q1 to 2026-Q4 in this store; its latest are from 2019-Q4")
                .doesNotContain("| 2019-Q4 |");
        // a case dated within the fixtures' years, with the minimum lowered: the record counts, and the brief says so
        // (a small case: the built-in one records events up to 2026, which a case dated 2019 may not)
        Path cases = dir.resolve("cases");
        Path copy = Files.createDirectories(cases.resolve("iran-russia"));
        Files.writeString(copy.resolve("case.yaml"), """
                schema: 1
                id: iran-russia
                title: Iran and Russia in 2019
                as_of: 2019-12-31
                summary: A case dated within the event fixtures' years.
                dyad:
                  - {code: IRN, name: Iran}
                  - {code: RUS, name: Russia}
                sources:
                  - {id: brief, kind: brief, title: Strategic Transactionalism, author: Nonresident Fellow}
                timeline:
                  - {id: hamadan, date: 2016-08, title: Russian bombers fly from Hamadan, dimensions: [military],
                     direction: toward-alignment, sources: [brief]}
                evidence:
                  - {id: syria, claim: They fought on the same side in Syria., dimension: military,
                     stance: toward-alignment, strength: moderate, period: {from: 2015}, sources: [brief]}
                """);
        Path low = Files.writeString(dir.resolve("low.yaml"), "events:\n  min_verbal_events: 1\n");
        Path counted = dir.resolve("counted.md");
        Run c = Run.in(cases.toString(), "brief", "--events", store, "--config", low.toString(), "--format", "md", "--out",
                counted.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(squash(Files.readString(counted))).contains("The net verbal cooperation of the last quarters counts in the "
                + "diplomatic score: GDELT events 2019-Q1 to 2019-Q4: net verbal cooperation 1.00 over 5 verbal events")
                .contains("Kalev Leetaru and Philip A. Schrodt, \u201cGDELT: Global Data on Events, Location and Tone");
        Path without = dir.resolve("without.md");
        assertThat(Run.entente("brief", "--format", "md", "--out", without.toString()).code()).isZero();
        assertThat(Files.readString(without)).doesNotContain("The event record");
        Path missing = dir.resolve("none.duckdb");
        Path none = dir.resolve("none.md");
        Run bad = Run.entente("brief", "--events", missing.toString(), "--format", "md", "--out", none.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("there is no event store here").contains("or name another with --events FILE");
        assertThat(none).doesNotExist();
        assertThat(missing).doesNotExist();
    }

    /**
     * A bundled dataset's endnote is its full citation, as {@code entente dyad --sources} gives it,
     * then the data as bundled in the brief's own style (the name in quotes, the version, the years,
     * the address), in Markdown, HTML and the PDF alike; never a pointer to another command.
     */
    @Test
    void each_bundled_dataset_is_cited_in_full_in_every_form(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.entente.reference.data.Bundle bundle = org.entente.reference.data.Bundle.bundled();
        Path md = dir.resolve("b.md");
        Path html = dir.resolve("b.html");
        Path pdf = dir.resolve("b.pdf");
        for (Path out : List.of(md, html, pdf)) {
            String format = out.getFileName().toString().substring(2);
            Run r = Run.entente("brief", "--format", format, "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
        List<String> notes = Jsoup.parse(Files.readString(html)).select("ol.endnotes li").eachText();
        String markdown = Files.readString(md);
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pdfText = squash(new PDFTextStripper().getText(doc));
        }
        assertThat(String.join("\n", notes) + markdown + pdfText).doesNotContain("entente dyad --sources").doesNotContain("Dataset: ");
        for (String id : List.of("unvotes", "sipri", "cow-trade")) {
            org.entente.reference.data.Bundle.Dataset d = bundle.dataset(id);
            String bundled = "Data: \u201c" + d.name() + ",\u201d " + d.version() + ", bundled years " + d.from() + "\u2013" + d.to();
            String note = notes.stream().filter(n -> n.startsWith(d.citation())).findFirst()
                    .orElseThrow(() -> new AssertionError("no endnote gives the citation of " + id + ": " + notes));
            assertThat(note).as(id).contains(bundled).endsWith(".");
            if (!d.citation().contains(d.url())) {
                assertThat(note).as(id).endsWith(", " + d.url() + ".");
            }
            assertThat(markdown).as(id).containsPattern("\\n\\d+\\. " + java.util.regex.Pattern.quote(note) + "\\n");
            assertThat(pdfText).as(id).contains(d.citation().substring(0, 40)).contains(squash(bundled).substring(0, 40));
        }
    }

    /**
     * The event record names GDELT and ICEWS with endnote marks, and their endnotes are full
     * citations in the brief's style: Leetaru and Schrodt (2013) for GDELT, Boschee et al. (2015)
     * on Harvard Dataverse for ICEWS.
     */
    @Test
    void the_event_record_cites_gdelt_and_icews_in_full(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String store = dir.resolve("e.duckdb").toString();
        assertThat(Run.entente("events", "ingest", EventsCommandTest.DATA.toString(), "--watch", "IRN:RUS",
                "--store", store).code()).isZero();
        String gdelt = "Kalev Leetaru and Philip A. Schrodt, \u201cGDELT: Global Data on Events, Location and Tone, "
                + "1979\u20132012,\u201d International Studies Association Annual Convention, San Francisco, 2013-04.";
        String icews = "Elizabeth Boschee, Jennifer Lautenschlager, Sean O'Brien, Steve Shellman, James Starz and Michael "
                + "Ward, \u201cICEWS Coded Event Data,\u201d Harvard Dataverse, 2015, https://doi.org/10.7910/DVN/28075.";
        java.util.regex.Pattern marked = java.util.regex.Pattern.compile(
                "\\(GDELT ?\\[(\\d+)\\] and ICEWS ?\\[(\\d+)\\], CAMEO-coded");
        String[] numbers = null;
        for (String format : List.of("md", "html", "pdf")) {
            Path out = dir.resolve("b." + format);
            Run r = Run.entente("brief", "--dyad", "IRN", "RUS", "--year", "2019", "--events", store, "--format", format,
                    "--out", out.toString());
            assertThat(r.code()).as(r.err()).isZero();
            if (format.equals("pdf")) {
                // the PDF's text puts raised marks and list numbers apart from their lines: the marks and each note's start
                try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                    String text = squash(new PDFTextStripper().getText(doc));
                    assertThat(text).contains("(GDELT and ICEWS , CAMEO-coded").contains("[" + numbers[0] + "]")
                            .contains("[" + numbers[1] + "]").contains(gdelt.substring(0, 60)).contains(icews.substring(0, 60));
                }
                continue;
            }
            String text;
            if (format.equals("html")) {
                Document doc = Jsoup.parse(Files.readString(out));
                int n = 1;
                for (org.jsoup.nodes.Element li : doc.select("ol.endnotes li")) {
                    li.prependText(n++ + ". ");
                }
                text = squash(doc.text());
            } else {
                text = squash(Files.readString(out));
            }
            java.util.regex.Matcher m = marked.matcher(text);
            assertThat(m.find()).as(format + ": the section marks its sources").isTrue();
            numbers = new String[] {m.group(1), m.group(2)};
            assertThat(text).as(format).contains(m.group(1) + ". " + gdelt).contains(m.group(2) + ". " + icews);
        }
    }

    private static String[] with(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
