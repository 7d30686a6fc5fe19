package org.entente.treaty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.model.Obligation;
import org.entente.treaty.clause.Numerals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Hand-made variants of the North Atlantic Treaty: the same treaty, typeset differently, must code the same. */
class VariantsTest {

    private static final String NATO = Corpus.read("corpus/1949-north-atlantic-treaty.txt");
    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"};

    @TestFactory
    Stream<DynamicTest> every_variant_codes_like_the_original() {
        TreatyCoding original = Corpus.code("corpus/1949-north-atlantic-treaty.txt");
        return Stream.of(
                variant("roman numbering in capitals", t -> headings(t, n -> "ARTICLE " + ROMAN[n] + ".")),
                variant("Art. abbreviation", t -> headings(t, n -> "Art. " + n)),
                variant("numbers in words", t -> headings(t, n -> "Article " + new String[] {"", "One", "Two", "Three", "Four",
                    "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen"}[n])),
                variant("headings missing: numbered clauses", t -> t.replaceAll("(?m)^Article (\\d+)\\n\\n", "$1. ")),
                variant("CRLF line ends and a byte-order mark", t -> "\uFEFF" + t.replace("\n", "\r\n")),
                variant("hyphenation across line breaks", t -> t.replace("so attacked", "so at-\ntacked").replace("consult together", "con-\nsult together")),
                variant("footnote markers", t -> t.replace("self-defence", "self-defence\u00B9").replace("threatened.", "threatened.[2]")))
                .map(v -> DynamicTest.dynamicTest(v.name, () -> {
                    TreatyCoding c = new TreatyCoder().code(v.name, v.text);
                    assertThat(c.atop()).isEqualTo(original.atop());
                    assertThat(c.structure().articles()).hasSize(14);
                    assertThat(c.obligations()).filteredOn(f -> f.obligation() == Obligation.DEFENCE).singleElement()
                            .satisfies(f -> assertThat(f.quote().text()).contains("will assist the Party or Parties so attacked"));
                }));
    }

    @Test
    void a_two_column_pdf_is_coded_from_its_columns_in_order() throws Exception {
        String[] left = {"Article 1", "", "The Parties shall refrain", "from the threat or use", "of force against each", "other.", "",
            "Article 2", "", "The Parties will consult", "whenever the security of", "either is threatened."};
        String[] right = {"Article 3", "", "If either Party is the", "object of an armed", "attack, the other shall", "assist it forthwith.",
            "", "Article 4", "", "This Treaty shall enter", "into force on signature.", ""};
        byte[] pdf = org.entente.treaty.text.TextExtractorTest.twoColumnPdf(left, right);
        TreatyCoding c = new TreatyCoder().code(new org.entente.treaty.text.TextExtractor().extract("two-column.pdf", pdf));
        assertThat(c.structure().articles()).extracting(a -> a.label()).containsExactly("1", "2", "3", "4");
        assertThat(c.atop().defense()).isTrue();
        assertThat(c.atop().nonAggression()).isTrue();
        assertThat(c.atop().consultation()).isTrue();
        assertThat(c.obligations()).filteredOn(f -> f.obligation() == Obligation.DEFENCE).singleElement()
                .satisfies(f -> assertThat(f.quote().cite()).isEqualTo("Art. 3"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static String headings(String text, java.util.function.IntFunction<String> heading) {
        Matcher m = Pattern.compile("(?m)^Article (\\d+)$").matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(heading.apply(Numerals.value(r.group(1)))));
    }

    private static Variant variant(String name, UnaryOperator<String> change) {
        String text = change.apply(NATO);
        assertThat(text).as(name + " changes the text").isNotEqualTo(NATO);
        return new Variant(name, text);
    }

    private record Variant(String name, String text) {
    }
}
