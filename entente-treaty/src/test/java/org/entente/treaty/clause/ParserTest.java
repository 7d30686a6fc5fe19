package org.entente.treaty.clause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.treaty.TreatyTextException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Article 1|1", "ARTICLE V|5", "Article V.|5", "Art. 5|5", "Article One|1",
        "Article Twenty-First|21", "Article 4.|4", "ARTICLE XIV|14", "Article  I  |1"})
    void reads_an_article_heading_however_numbered(String heading, int number) {
        Structure s = Parser.parse("t", heading + "\nThe Parties shall consult.");
        assertThat(s.articles()).singleElement().satisfies(a -> assertThat(a.number()).isEqualTo(number));
    }

    @Test
    void a_reference_to_an_article_in_running_text_is_not_a_heading() {
        Structure s = Parser.parse("t", "Article 1\nThe Parties shall act.\nArticle 51 of the Charter applies.\nArticle of faith.");
        assertThat(s.articles()).hasSize(1);
    }

    @Test
    void finds_title_preamble_paragraphs_sub_points_and_closing() {
        String text = "TREATY OF FRIENDSHIP\n\nThe Parties, desiring peace, have agreed as follows:\n\nArticle 1 - Aims\n\n"
                + "1. The Parties shall consult.\n2. To this end they undertake:\n(a) to meet yearly;\n(b) to exchange views.\n\n"
                + "Article 2\n\nThis Treaty shall enter into force on signature.\n\nDONE at Moscow, 23 August 1939.";
        Structure s = Parser.parse("t", text);
        assertThat(s.title()).contains("TREATY OF FRIENDSHIP");
        assertThat(s.preamble().orElseThrow().of(text)).isEqualTo("The Parties, desiring peace, have agreed as follows:");
        Article first = s.articles().get(0);
        assertThat(first.heading()).isEqualTo("Aims");
        assertThat(first.paragraphs()).extracting(Paragraph::label).containsExactly("1", "2", "2(a)", "2(b)");
        assertThat(first.paragraphs().get(2).span().of(text)).isEqualTo("to meet yearly;");
        assertThat(s.closing().orElseThrow().of(text)).startsWith("DONE at Moscow");
        assertThat(s.articles()).hasSize(2);
    }

    @Test
    void a_secret_protocol_is_a_part_of_its_own() {
        String text = "Article I\nThe Parties shall not attack each other.\n\nSecret Additional Protocol.\n\nArticle I\n"
                + "The spheres of influence shall be bounded by the river.\n\nArticle II\nThis protocol shall be kept secret.";
        Structure s = Parser.parse("t", text);
        assertThat(s.parts()).extracting(Part::kind).containsExactly(Part.Kind.TREATY, Part.Kind.SECRET_PROTOCOL);
        assertThat(s.parts().get(1).articles()).extracting(Article::reference)
                .containsExactly("Secret Additional Protocol, Art. I", "Secret Additional Protocol, Art. II");
    }

    @Test
    void numbered_clauses_stand_in_for_missing_headings() {
        String text = "AGREEMENT\n\nThe two Governments agree as follows:\n\n1. The two Governments shall consult.\n\n"
                + "SECURITY\n\n2. The two Governments shall cooperate in defence.\n(a) by joint planning;";
        Structure s = Parser.parse("t", text);
        assertThat(s.articles()).extracting(Article::label).containsExactly("1", "2");
        assertThat(s.articles().get(1).paragraphs()).extracting(Paragraph::label).containsExactly("", "(a)");
    }

    @Test
    void bare_numbers_on_their_own_lines_are_articles_when_nothing_says_article() {
        Structure s = Parser.parse("t", "TREATY\n\n1\n\nFirst provision.\n\n2\n\nSecond provision.\n\nII\n\nThird.");
        assertThat(s.articles()).extracting(Article::number).containsExactly(1, 2, 2);
    }

    @Test
    void offsets_point_into_the_text() {
        String text = "Article 1\n\nThe Parties shall consult. Each will assist the other.\n\nArticle 2\n\nIt enters into force.";
        Structure s = Parser.parse("t", text);
        Article a = s.articles().get(0);
        List<Sentence> sentences = Sentences.of(text, a);
        assertThat(sentences).extracting(Sentence::text).containsExactly("The Parties shall consult.", "Each will assist the other.");
        assertThat(sentences.get(1).span().of(text)).isEqualTo("Each will assist the other.");
    }

    @Test
    void sentences_do_not_end_at_abbreviations_or_initials() {
        String text = "Article 1\nThe U.S.S.R. and Germany, per Art. 5 of the pact signed by v. Ribbentrop, agree.Any dispute goes to arbitration.";
        List<Sentence> s = Sentences.of(text, Parser.parse("t", text).articles().get(0));
        assertThat(s).extracting(Sentence::text).containsExactly(
                "The U.S.S.R. and Germany, per Art. 5 of the pact signed by v. Ribbentrop, agree.", "Any dispute goes to arbitration.");
    }

    @Test
    void a_sub_point_is_read_with_its_lead_in_but_keeps_its_own_span_and_label() {
        String text = "Article 4\n\n1. The Parties shall:\n(a) consult each other on regional security;\n"
                + "(b) refrain from any act of aggression against each other.\n2. Each Party may invite observers.";
        List<Sentence> s = Sentences.of(text, Parser.parse("t", text).articles().get(0));
        assertThat(s).extracting(x -> x.paragraph().label()).containsExactly("1", "1(a)", "1(b)", "2");
        assertThat(s).extracting(Sentence::leadIn).containsExactly("", "The Parties shall", "The Parties shall", "");
        assertThat(s.get(1).reading()).isEqualTo("The Parties shall consult each other on regional security;");
        assertThat(s.get(1).span().of(text)).isEqualTo("consult each other on regional security;");
        assertThat(s.get(1).reading().substring(s.get(1).own())).isEqualTo(s.get(1).text());
        assertThat(s.get(3).reading()).as("a numbered paragraph in capitals ends the list").isEqualTo("Each Party may invite observers.");
    }

    @Test
    void nested_lists_carry_both_lead_ins_and_an_outer_letter_returns_to_the_outer_lead_in() {
        String text = "Article 2\nThe Parties undertake:\n(a) to cooperate in defence by:\n(i) joint planning;\n"
                + "(ii) the exchange of information;\n(b) to consult each other;\n(h) to act;\n(i) to report.\n\n"
                + "This Article applies at once.\n(j) to read alone;";
        List<Sentence> s = Sentences.of(text, Parser.parse("t", text).articles().get(0));
        String outer = "The Parties undertake";
        String inner = "The Parties undertake to cooperate in defence by";
        assertThat(s).extracting(Sentence::leadIn).as("(i) after (h) is a letter").containsExactly("", outer, inner, inner,
                outer, outer, outer, "", "");
    }

    @Test
    void dashed_points_complete_a_lead_in_too() {
        String text = "Article 3\n\nCambodia undertakes:\n\n-to ensure respect for human rights;\n\n-to adhere to the instruments;";
        List<Sentence> s = Sentences.of(text, Parser.parse("t", text).articles().get(0));
        assertThat(s).extracting(Sentence::leadIn).containsExactly("", "Cambodia undertakes", "Cambodia undertakes");
    }

    /** "The Parties shall" on a line of its own, or ending in a dash, is a lead-in as much as "The Parties shall:". */
    @Test
    void a_lead_in_may_end_with_a_dash_or_with_no_stop_at_all() {
        assertThat(leadIns("Article 4\n\n1. The Parties shall\n(a) consult each other on regional security;\n"
                + "(b) refrain from any act of aggression against each other.\n2. Each Party may invite observers."))
                .containsExactly("", "The Parties shall", "The Parties shall", "");
        assertThat(leadIns("Article 5\nEach Party undertakes \u2014\n(a) to notify the other of any threat;\n(b) to hold joint exercises."))
                .containsExactly("", "Each Party undertakes", "Each Party undertakes");
        assertThat(leadIns("Article 5\nThe Parties shall, within their competence,\n(a) consult each other on regional security;\n"
                + "(b) exchange information.")).as("a comma keeps its place in the lead-in")
                .containsExactly("", "The Parties shall, within their competence,", "The Parties shall, within their competence,");
        assertThat(leadIns("Article 5\nThe Parties shall:\n(a) consult each other,\n(b) exchange information,\n(c) meet every year."))
                .as("points ending with commas are siblings").containsExactly("", "The Parties shall", "The Parties shall",
                        "The Parties shall");
        assertThat(leadIns("Article 5\nEach Party undertakes -\n\n- to notify the other of any threat;\n\n- to hold joint exercises."))
                .containsExactly("", "Each Party undertakes", "Each Party undertakes");
        assertThat(leadIns("Article 5\n(a) Japan accepts the obligations set forth in Article 2 of the Charter, and in particular the obligations\n\n"
                + "(i) to settle its international disputes by peaceful means;\n\n(ii) to refrain from the threat or use of force;\n"
                + "(b) The Allied Powers confirm that they will be guided by the principles of Article 2."))
                .as("roman points under a letter, then the next letter ends them").containsExactly("",
                        "Japan accepts the obligations set forth in Article 2 of the Charter, and in particular the obligations",
                        "Japan accepts the obligations set forth in Article 2 of the Charter, and in particular the obligations", "");
    }

    /** Without a colon, only a first point that carries the sentence on (in lower case) and is not its sibling shows a lead-in. */
    @Test
    void an_open_sentence_is_no_lead_in_for_points_that_do_not_continue_it() {
        assertThat(leadIns("Article 7\n\nObligations of the Parties\n(a) The Parties shall consult each other.\n"
                + "(b) The Parties shall exchange information.")).as("a heading before capitalised points").containsOnly("");
        assertThat(leadIns("Article 7\nEach Party shall designate a liaison officer.\n(a) the officer of the first Party;\n"
                + "(b) the officer of the second Party.")).as("a sentence ended by its full stop").containsOnly("");
        assertThat(leadIns("Article 7\nThe Parties shall:\n(a) consult each other\n(b) exchange information\n(c) meet every year"))
                .as("points without stops are siblings").containsExactly("", "The Parties shall", "The Parties shall", "The Parties shall");
        assertThat(leadIns("Article 7\nThe Parties shall:\n(h) consult each other\n(i) exchange information"))
                .as("(i) after (h) is the next letter, not a point under (h)").containsExactly("", "The Parties shall", "The Parties shall");
        assertThat(leadIns("Article 7\nThe Parties undertake:\n(a) to cooperate in defence by\n(i) joint planning;\n(b) to consult."))
                .as("a point left open leads the points of another style under it").containsExactly("", "The Parties undertake",
                        "The Parties undertake to cooperate in defence by", "The Parties undertake");
    }

    private static List<String> leadIns(String text) {
        return Sentences.of(text, Parser.parse("t", text).articles().get(0)).stream().map(Sentence::leadIn).toList();
    }

    @Test
    void rejects_a_text_with_no_articles() {
        assertThatThrownBy(() -> Parser.parse("letter.txt", "Dear Minister,\n\nThank you for your letter of 3 May.\n"))
                .isInstanceOf(TreatyTextException.class).hasMessageContaining("letter.txt: no articles found")
                .hasMessageContaining("hint:");
    }
}
