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
import org.entente.model.Binding;
import org.entente.model.DepthProvision;
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

    @Test
    void a_sub_point_is_coded_as_if_its_lead_in_were_written_out() {
        String text = "Article 6\nThe Parties shall:\n(a) consult each other whenever the security of either of them is threatened;\n"
                + "(b) refrain from the threat or use of force against each other;\n(c) hold joint military exercises every year.";
        TreatyCoding c = coder.code("lead-in", text);
        assertThat(c.obligations()).extracting(f -> (f.atop() ? "" : "~") + f.obligation().id() + ":" + f.binding().id() + " " + f.quote().cite())
                .containsExactly("consultation:binding Art. 6(a)", "non-aggression:binding Art. 6(b)");
        ObligationFinding consult = c.obligations().get(0);
        assertThat(consult.quote().text()).isEqualTo("consult each other whenever the security of either of them is threatened;");
        assertThat(consult.quote().span().of(text)).isEqualTo(consult.quote().text());
        assertThat(consult.quote().leadIn()).contains("The Parties shall");
        assertThat(c.depth()).singleElement().satisfies(d -> {
            assertThat(d.provision()).isEqualTo(DepthProvision.JOINT_EXERCISES);
            assertThat(d.binding()).isEqualTo(Binding.BINDING);
            assertThat(d.quote().cite()).isEqualTo("Art. 6(c)");
        });
    }

    /** A lead-in with no colon, as texts set it ("The Parties shall" on a line of its own, or with a dash), lends its modal all the same. */
    @Test
    void a_sub_point_is_read_with_a_lead_in_that_has_no_colon() {
        String bare = "Article 6\nThe Parties shall\n(a) consult each other whenever the security of either of them is threatened;\n"
                + "(b) refrain from the threat or use of force against each other.";
        String dash = bare.replace("The Parties shall\n", "The Parties shall \u2014\n");
        for (String text : new String[] {bare, dash}) {
            TreatyCoding c = coder.code("lead-in", text);
            assertThat(c.obligations()).extracting(f -> (f.atop() ? "" : "~") + f.obligation().id() + ":" + f.binding().id()
                    + " " + f.quote().cite() + " " + f.quote().leadIn().orElse("")).as(text)
                    .containsExactly("consultation:binding Art. 6(a) The Parties shall", "non-aggression:binding Art. 6(b) The Parties shall");
        }
    }

    @Test
    void a_sub_point_takes_the_contingency_of_its_lead_in_and_the_lead_in_is_coded_once() {
        String text = "Article 2\nIf either Party is the object of an armed attack, the other Party shall:\n"
                + "(a) provide it at once with military assistance;\n(b) consult it on further measures.\n\n"
                + "Article 3\nThe Parties shall consult each other whenever the security of either of them is threatened, and to that end shall:\n"
                + "(a) meet within ten days;\n(b) exchange information.";
        TreatyCoding c = coder.code("lead-in", text);
        assertThat(c.obligations()).extracting(f -> (f.atop() ? "" : "~") + f.obligation().id() + ":" + f.binding().id() + " " + f.quote().cite())
                .containsExactly("defence:binding Art. 2(a)", "consultation:binding Art. 2(b)", "consultation:binding Art. 3");
    }

    @Test
    void an_offence_pledge_states_its_own_conditions_not_a_defence_trigger() {
        assertThat(offenceConditions("The Parties shall jointly attack the territory of Gamma with all their forces."))
                .as("the target, not an attack on territory").containsExactly("specific-adversary: Gamma");
        assertThat(offenceConditions("If either Party is engaged in a war with a third state, the other shall assist it with its armed forces."))
                .containsExactly("state-of-war: engaged in a war with a third state");
        assertThat(offenceConditions("The Parties undertake to launch a joint offensive against the Republic of Gamma in the Pacific area."))
                .containsExactly("specific-adversary: the Republic of Gamma", "geographic-scope: in the Pacific area");
        assertThat(offenceConditions("The Parties shall jointly declare war on any state that threatens their common interests.")).isEmpty();
    }

    @Test
    void an_article_defining_the_attack_lends_nothing_to_an_offence_pledge() {
        TreatyCoding c = coder.code("lend", "Article 1\nThe Parties shall jointly declare war on Gamma.\n\nArticle 2\n"
                + "For the purpose of Article 1, an armed attack on either Party is deemed to include an armed attack on the "
                + "metropolitan territory of either Party in the Pacific area.");
        assertThat(c.obligations()).singleElement().satisfies(f -> {
            assertThat(f.obligation().id()).isEqualTo("offence");
            assertThat(f.conditions()).extracting(Condition::kind).containsExactly(Condition.Kind.SPECIFIC_ADVERSARY);
        });
    }

    private List<String> offenceConditions(String clause) {
        List<ObligationFinding> offence = coder.code("clause", "Article 1\n" + clause).obligations().stream()
                .filter(f -> f.obligation().id().equals("offence")).toList();
        assertThat(offence).as(clause).hasSize(1);
        return offence.get(0).conditions().stream()
                .map(k -> k.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + ": " + k.phrase()).toList();
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
