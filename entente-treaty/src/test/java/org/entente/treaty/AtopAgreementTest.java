package org.entente.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.entente.treaty.coding.Atop;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The coding of the corpus alliances against ATOP's published dyad-year coding (atop-published.tsv); see docs/treaty-validation.md. */
class AtopAgreementTest {

    @TestFactory
    Stream<DynamicTest> each_corpus_alliance_agrees_with_atop_on_all_five_obligations() {
        return Corpus.read("atop-published.tsv").lines().filter(l -> !l.startsWith("#") && !l.startsWith("file"))
                .map(l -> l.split("\t")).map(row -> DynamicTest.dynamicTest(row[1], () -> {
                    Atop ours = Corpus.code("corpus/" + row[0]).atop();
                    Atop published = new Atop(flag(row[5]), flag(row[6]), flag(row[7]), flag(row[8]), flag(row[9]));
                    assertThat(ours).as(row[1]).isEqualTo(published);
                }));
    }

    private static boolean flag(String s) {
        return s.equals("1");
    }
}
