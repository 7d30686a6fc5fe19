package org.entente.treaty.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.entente.treaty.TreatyCoder;
import org.entente.treaty.TreatyCoding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the constructed clauses of {@code clauses.txt}, each carrying its own expectation (as jlox's test files do). */
class ClauseRulesTest {

    private final TreatyCoder coder = new TreatyCoder();

    @TestFactory
    Stream<DynamicTest> each_constructed_clause_gets_exactly_the_expected_findings() throws IOException {
        return lines().stream().map(line -> {
            String[] parts = line.split("\\|", 2);
            String expected = parts[0].strip();
            String clause = parts[1].strip();
            return DynamicTest.dynamicTest(expected + " | " + clause, () ->
                    assertThat(found(clause)).as(clause).isEqualTo(new TreeSet<>(expectedSet(expected))));
        });
    }

    @Test
    void the_fixture_covers_every_obligation_and_its_negations() throws IOException {
        String all = String.join("\n", lines());
        assertThat(all).contains("defence:binding", "offence:binding", "neutrality:binding", "non-aggression:binding",
                "consultation:binding", "~consultation:hortatory", "!defence");
    }

    @Test
    void may_consult_is_weaker_than_shall_consult() {
        TreatyCoding shall = coder.code("shall", "Article 1\nThe Parties shall consult whenever the security of either is threatened.");
        TreatyCoding may = coder.code("may", "Article 1\nThe Parties may consult whenever the security of either is threatened.");
        assertThat(shall.atop().consultation()).isTrue();
        assertThat(may.atop().consultation()).isFalse();
        assertThat(shall.commitment().score()).isGreaterThan(may.commitment().score());
    }

    private TreeSet<String> found(String clause) {
        TreatyCoding c = coder.code("clause", "Article 1\n" + clause);
        TreeSet<String> out = new TreeSet<>();
        for (ObligationFinding f : c.obligations()) {
            out.add((f.atop() ? "" : "~") + f.obligation().id() + ":" + f.binding().id());
        }
        // a disclaimer only shows as an absence that quotes the denying sentence
        c.absent().stream().filter(a -> a.disclaimer().isPresent()).forEach(a -> out.add("!" + a.obligation().id()));
        return out;
    }

    private static List<String> expectedSet(String expected) {
        List<String> out = new ArrayList<>();
        for (String token : expected.split("\\s+")) {
            if (!token.equals("none")) {
                out.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private List<String> lines() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("clauses.txt")) {
            assertThat(in).as("clauses.txt").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
