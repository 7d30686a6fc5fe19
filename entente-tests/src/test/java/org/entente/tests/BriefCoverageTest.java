package org.entente.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.entente.model.Case;
import org.entente.model.Source;
import org.entente.model.SourceKind;
import org.entente.model.TimelineEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in iran-russia case holds everything the June 2025 issue brief establishes: each
 * dated event (checklist {@code brief-events.csv}), each figure ({@code brief-figures.csv}),
 * each theme ({@code brief-themes.csv}) and all 24 endnotes ({@code brief-endnotes.tsv}), each
 * cited to the brief or one of its endnotes.
 */
class BriefCoverageTest {

    private static Case irr;
    private static Set<String> briefSources;

    @BeforeAll
    static void load() {
        irr = BuiltInCases.load("iran-russia");
        briefSources = irr.sources().stream()
                .filter(s -> s.kind() == SourceKind.BRIEF || s.endnote().isPresent())
                .map(Source::id).collect(Collectors.toSet());
    }

    private static boolean citesBrief(List<String> sources) {
        return sources.stream().anyMatch(briefSources::contains);
    }

    private static String text(TimelineEvent e) {
        return e.title() + " " + e.note().orElse("") + " "
                + e.figures().stream().map(f -> f.label() + " " + f.unit()).collect(Collectors.joining(" "));
    }

    @TestFactory
    Stream<DynamicTest> holds_every_dated_event_of_the_brief_with_a_source() {
        return BuiltInCases.checklist("brief-events.csv").stream().map(row -> DynamicTest.dynamicTest(row.get("what"), () -> {
            Pattern p = Pattern.compile(row.get("pattern"));
            List<TimelineEvent> hits = irr.timeline().stream()
                    .filter(e -> e.date().toString().startsWith(row.get("date")))
                    .filter(e -> p.matcher(text(e)).find())
                    .toList();
            assertThat(hits).as("an event dated %s matching %s", row.get("date"), p).isNotEmpty();
            assertThat(hits).as("cited to the brief or an endnote").anyMatch(e -> citesBrief(e.sources()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> holds_every_figure_of_the_brief_with_a_source() {
        List<Found> figures = figures();
        return BuiltInCases.checklist("brief-figures.csv").stream().map(row -> DynamicTest.dynamicTest(row.get("what"), () -> {
            double v = Double.parseDouble(row.get("value"));
            Pattern unit = Pattern.compile(row.get("unit"));
            List<Found> hits = figures.stream()
                    .filter(f -> Math.abs(f.value() - v) < 1e-9 && unit.matcher(f.unit()).find())
                    .filter(f -> f.date().startsWith(row.get("date")))
                    .toList();
            assertThat(hits).as("a figure %s %s dated %s", v, unit, row.get("date")).isNotEmpty();
            assertThat(hits).as("cited to the brief or an endnote").anyMatch(f -> citesBrief(f.sources()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> holds_every_theme_of_the_brief_with_a_source() {
        List<Cited> texts = texts();
        return BuiltInCases.checklist("brief-themes.csv").stream().map(row -> DynamicTest.dynamicTest(row.get("what"), () -> {
            Pattern p = Pattern.compile(row.get("pattern"));
            assertThat(texts).as("an item mentioning %s, cited to the brief or an endnote", p)
                    .anyMatch(t -> p.matcher(t.text()).find() && citesBrief(t.sources()));
        }));
    }

    @Test
    void holds_all_24_endnotes_of_the_brief_and_the_brief_itself() {
        List<CSVRecord> endnotes = BuiltInCases.checklist("brief-endnotes.tsv");
        assertThat(endnotes).hasSize(24);
        for (CSVRecord row : endnotes) {
            int n = Integer.parseInt(row.get("endnote"));
            assertThat(irr.sources()).as("endnote %d", n)
                    .anyMatch(s -> s.endnote().orElse(0) == n && s.url().orElse("").equals(row.get("url")));
        }
        assertThat(irr.sources()).anyMatch(s -> s.kind() == SourceKind.BRIEF && s.date().orElseThrow().toString().equals("2025-06-05"));
    }

    @Test
    void holds_the_four_takeaways_and_the_conclusion() {
        assertThat(irr.judgements()).filteredOn(j -> j.kind().id().equals("takeaway")).hasSize(4);
        assertThat(irr.judgements()).filteredOn(j -> j.kind().id().equals("conclusion")).isNotEmpty();
    }

    private record Found(double value, String unit, String date, List<String> sources) {
    }

    private record Cited(String text, List<String> sources) {
    }

    private static List<Found> figures() {
        List<Found> out = new ArrayList<>();
        for (TimelineEvent e : irr.timeline()) {
            e.figures().forEach(f -> out.add(new Found(f.value(), f.unit(), f.date().orElse(e.date()).toString(),
                    f.sources().isEmpty() ? e.sources() : f.sources())));
        }
        irr.indicators().forEach(i -> i.values().forEach(v ->
                out.add(new Found(v.value(), i.unit(), v.date().toString(), v.sources()))));
        return out;
    }

    private static List<Cited> texts() {
        List<Cited> out = new ArrayList<>();
        irr.timeline().forEach(e -> out.add(new Cited(text(e), e.sources())));
        irr.judgements().forEach(j -> out.add(new Cited(j.text(), j.sources())));
        irr.evidence().forEach(e -> out.add(new Cited(e.claim(), e.sources())));
        irr.drivers().forEach(d -> out.add(new Cited(d.title() + " " + d.description(), d.sources())));
        irr.limits().forEach(d -> out.add(new Cited(d.title() + " " + d.description(), d.sources())));
        irr.scenarios().forEach(s -> out.add(new Cited(s.title() + " " + s.description(), s.sources())));
        irr.treaties().forEach(t -> t.coding().forEach(c -> out.add(new Cited(c.summary(), c.sources()))));
        return out;
    }
}
