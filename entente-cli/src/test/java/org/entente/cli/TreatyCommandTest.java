package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreatyCommandTest {

    private static final String NON_ASSISTANCE = """
            TREATY OF PARTNERSHIP BETWEEN ALPHA AND BETA

            The Parties, wishing to live in peace, have agreed as follows:

            Article 1

            The Parties undertake to refrain from the threat or use of force against each other.

            Article 2

            1. Should either Party come under aggression, the other Party shall not provide assistance to the aggressor.

            2. The Parties may consult whenever the security of either of them is threatened.

            Article 3

            This Treaty shall enter into force on signature and remain in force for twenty years.

            DONE at Geneva on 5 May 2001.
            """;

    private static final String MUTUAL_ASSISTANCE = """
            TREATY OF ALLIANCE BETWEEN GAMMA AND DELTA

            Article I

            If either Party is the object of an armed attack, the other Party shall immediately provide it with military assistance by all means at its disposal.

            Article II

            The Parties shall consult together whenever the security of either of them is threatened.
            """;

    @TempDir
    Path dir;

    @Test
    void code_prints_the_outline_each_obligation_with_its_clause_the_flags_and_what_is_absent() throws IOException {
        Run r = Run.entente("treaty", "code", write("alpha-beta.txt", NON_ASSISTANCE).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("TREATY OF PARTNERSHIP BETWEEN ALPHA AND BETA", "parties:          Alpha; Beta",
                "signed:           2001-05-05 at Geneva", "duration:         20 years", "articles: 3")
                .contains("NEUTRALITY  binding  Art. 2(1)",
                        "\"Should either Party come under aggression, the other Party shall not provide assistance to the aggressor.\"")
                .contains("NON-AGGRESSION  binding  Art. 1")
                .contains("CONSULTATION  hortatory  Art. 2(2)   (not counted for ATOP)")
                .contains("ATOP flags   defence no  offence no  neutrality yes  non-aggression yes  consultation no")
                .contains("Commitment 55").contains("defence: no duty to assist the victim of an attack");
        assertThat(r.out()).doesNotContain("DEFENCE  ");
    }

    @Test
    void code_json_carries_the_atop_flags_and_offsets_into_the_text() throws Exception {
        Run r = Run.entente("treaty", "code", write("alpha-beta.txt", NON_ASSISTANCE).toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        JsonNode atop = json.get("atop");
        assertThat(atop.get("defense").asBoolean()).isFalse();
        assertThat(atop.get("offense").asBoolean()).isFalse();
        assertThat(atop.get("neutrality").asBoolean()).isTrue();
        assertThat(atop.get("nonAggression").asBoolean()).isTrue();
        assertThat(atop.get("consultation").asBoolean()).isFalse();
        JsonNode neutrality = json.get("obligations").get(1);
        assertThat(neutrality.get("obligation").asText()).isEqualTo("neutrality");
        assertThat(neutrality.get("binding").asText()).isEqualTo("binding");
        int start = neutrality.at("/quote/span/start").asInt();
        int end = neutrality.at("/quote/span/end").asInt();
        assertThat(NON_ASSISTANCE.strip().substring(start, end)).isEqualTo(neutrality.at("/quote/text").asText());
        assertThat(json.at("/commitment/score").asInt()).isEqualTo(55);
    }

    @Test
    void compare_sets_non_assistance_against_mutual_assistance() throws IOException {
        Run r = Run.entente("treaty", "compare", write("a.txt", NON_ASSISTANCE).toString(), write("b.txt", MUTUAL_ASSISTANCE).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("DEFENCE   <- differs", "A  \u2014", "B  Art. I (binding)",
                "NEUTRALITY   <- differs", "A  Art. 2(1) (binding)", "B  \u2014");
        assertThat(r.out()).containsPattern("commitment\\s+55\\s+100");
        assertThat(r.out()).contains("By subject").containsPattern("security-defence\\s+Art. 1, Art. 2\\s+Art. I");
        Run json = Run.entente("treaty", "compare", write("a.txt", NON_ASSISTANCE).toString(), write("b.txt", MUTUAL_ASSISTANCE).toString(), "--json");
        assertThat(json.out()).contains("\"obligation\" : \"defence\"");
    }

    @Test
    void code_reads_a_sub_point_with_its_lead_in_and_cites_the_sub_point() throws Exception {
        String text = """
                PACT OF MUTUAL SECURITY BETWEEN EPSILON AND ZETA

                Article 1

                The Parties shall:
                (a) consult each other whenever the security of either of them is threatened;
                (b) refrain from the threat or use of force against each other.
                """;
        Path file = write("epsilon-zeta.txt", text);
        Run r = Run.entente("treaty", "code", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("CONSULTATION  binding  Art. 1(a)",
                "\"consult each other whenever the security of either of them is threatened;\"",
                "read with its lead-in: \"The Parties shall ...\"", "NON-AGGRESSION  binding  Art. 1(b)")
                .contains("consultation yes").doesNotContain("not counted for ATOP");
        JsonNode json = new ObjectMapper().readTree(Run.entente("treaty", "code", file.toString(), "--json").out());
        JsonNode quote = json.get("obligations").get(0).get("quote");
        assertThat(quote.get("leadIn").asText()).isEqualTo("The Parties shall");
        assertThat(text.strip().substring(quote.at("/span/start").asInt(), quote.at("/span/end").asInt()))
                .isEqualTo(quote.get("text").asText());
    }

    @Test
    void code_shows_an_offence_pledge_with_its_own_condition_not_a_defence_trigger() throws IOException {
        String text = """
                PACT OF CONQUEST BETWEEN ETA AND THETA

                Article 1

                The Parties shall jointly attack the territory of Gamma with all their forces.

                Article 2

                If either Party is engaged in a war with a third state, the other shall assist it with its armed forces.
                """;
        Run r = Run.entente("treaty", "code", write("eta-theta.txt", text).toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("OFFENCE  binding  Art. 1", "condition specific-adversary: Gamma",
                "OFFENCE  binding  Art. 2", "condition state-of-war: engaged in a war with a third state")
                .doesNotContain("attack-on-territory");
    }

    @Test
    void compare_lines_up_depth_provisions_by_kind_in_text_and_json() throws Exception {
        String a = """
                AGREEMENT ON DEFENCE COOPERATION BETWEEN IOTA AND KAPPA

                Article 1

                The Parties shall hold joint military exercises every year.

                Article 2

                The Parties hereby establish a Joint Defence Council.
                """;
        String b = """
                AGREEMENT ON SECURITY BETWEEN LAMBDA AND MU

                Article 1

                The Parties shall establish a joint commission to oversee this Agreement.

                Article 2

                The intelligence services of the Parties shall exchange information on terrorism.
                """;
        Path fa = write("iota-kappa.txt", a);
        Path fb = write("lambda-mu.txt", b);
        Run r = Run.entente("treaty", "compare", fa.toString(), fb.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsSubsequence("By depth provision",
                "JOINT-EXERCISES   <- differs", "A  Art. 1 (binding): \"The Parties shall hold joint military exercises every year.\"", "B  \u2014",
                "INTELLIGENCE-SHARING   <- differs", "A  \u2014", "B  Art. 2 (binding)",
                "ORGANISATION\n", "A  Art. 2 (binding)", "B  Art. 1 (binding)", "By subject");
        JsonNode depth = new ObjectMapper().readTree(Run.entente("treaty", "compare", fa.toString(), fb.toString(), "--json").out()).get("depth");
        assertThat(depth).extracting(d -> d.get("provision").asText()).containsExactly("joint-exercises", "intelligence-sharing", "organisation");
        assertThat(depth.get(0).get("inA").get(0).at("/quote/text").asText()).isEqualTo("The Parties shall hold joint military exercises every year.");
        assertThat(depth.get(0).get("inB")).isEmpty();
        assertThat(depth.get(1).get("inA")).isEmpty();
        assertThat(depth.get(2).get("inB").get(0).get("binding").asText()).isEqualTo("binding");
    }

    @Test
    void bad_input_exits_2_with_the_file_and_a_hint_and_no_stack_trace() throws IOException {
        Run empty = Run.entente("treaty", "code", Files.createFile(dir.resolve("empty.txt")).toString());
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("empty.txt: the file is empty").contains("hint:").doesNotContain("at org.");
        Run binary = Run.entente("treaty", "code", Files.write(dir.resolve("t.bin"), new byte[] {0, 1, 2, (byte) 0xFF}).toString());
        assertThat(binary.code()).isEqualTo(2);
        assertThat(binary.err()).contains("t.bin").contains("binary");
        Run noArticles = Run.entente("treaty", "code", write("letter.txt", "Dear Minister,\n\nThank you for your letter.\n").toString());
        assertThat(noArticles.code()).isEqualTo(2);
        assertThat(noArticles.err()).contains("letter.txt: no articles found");
        Run missing = Run.entente("treaty", "code", dir.resolve("nowhere.txt").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("nowhere.txt: no such file");
        assertThat(Run.entente("treaty").code()).isEqualTo(2);
    }

    /** One page of text, and a page tree that also lists a page the file lacks: PDFBox repairs it, and logs that it did. */
    private static final String PDF_MISSING_PAGE = """
            %PDF-1.4
            1 0 obj
            << /Type /Catalog /Pages 2 0 R >>
            endobj
            2 0 obj
            << /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>
            endobj
            3 0 obj
            << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>
            endobj
            4 0 obj
            << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>
            endobj
            5 0 obj
            << /Length 132 >>
            stream
            BT /F1 11 Tf 14 TL 50 780 Td
            (Article 1) '
            (The Parties shall consult together whenever the security of either is threatened.) '
            ET
            endstream
            endobj
            trailer
            << /Size 6 /Root 1 0 R >>
            %%EOF
            """;

    @Test
    void a_damaged_pdf_gives_one_message_and_no_pdfbox_logging() throws IOException {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(logged, true, StandardCharsets.UTF_8));
        Run repaired;
        Run cut;
        try {
            repaired = Run.entente("treaty", "code", write("missing-page.pdf", PDF_MISSING_PAGE).toString());
            Path half = Files.write(dir.resolve("half.pdf"), java.util.Arrays.copyOf(PDF_MISSING_PAGE.getBytes(StandardCharsets.US_ASCII), 300));
            cut = Run.entente("treaty", "code", half.toString());
        } finally {
            System.setErr(stderr);
        }
        assertThat(repaired.code()).as(repaired.err()).isZero();
        assertThat(repaired.out()).contains("articles: 1");
        // a page whose content was lost is named, where the file was coded without a word
        String lost = PDF_MISSING_PAGE.replace("trailer", "6 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                + "/Contents 7 0 R >>\nendobj\ntrailer");
        Path file = write("lost-page.pdf", lost);
        Run warned = Run.entente("treaty", "code", file.toString());
        assertThat(warned.code()).isZero();
        assertThat(warned.err()).isEqualTo("entente: warning: " + file + ": damaged PDF: page 2 of 2 had no content left "
                + "to read; findings on those pages may be missing (get the file again, or give the text itself)\n");
        Run json = Run.entente("treaty", "code", file.toString(), "--json");
        assertThat(json.code()).isZero();
        assertThat(json.out()).contains("\"warnings\" : [ \"damaged PDF: page 2 of 2 had no content left to read;");
        assertThat(cut.code()).isEqualTo(2);
        assertThat(cut.err()).contains("half.pdf: damaged PDF").contains("cut short").contains("hint:");
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("WARN").doesNotContain("org.apache.pdfbox");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The built-in cases' treaties, named CASE/TREATY as the API names them: the 2025 treaty lacks the defence 2024's has. */
    @Test
    void compares_the_treaties_of_two_cases_by_reference() throws Exception {
        Run r = Run.entente("treaty", "compare", "iran-russia/cspt-2025", "russia-dprk/cspt-2024");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("A: Comprehensive Strategic Partnership Treaty (Russia\u2013Iran, 2025)   [iran-russia/cspt-2025")
                .contains("B: Treaty on Comprehensive Strategic Partnership between the Russian Federation and the DPRK")
                .contains("  DEFENCE   <- differs\n    A  absent: No promise to help the other party militarily")
                .contains("    B  Art. 4 (binding): ").contains("strongest obligation       neutrality").contains("By subject")
                // a clause without a known article says so, as the brief and the web pages do, not its coding id
                .contains("(not established)").doesNotContain("cspt-territory");
        Run json = Run.entente("treaty", "compare", "iran-russia/cspt-2025", "russia-dprk/cspt-2024", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode d = new ObjectMapper().readTree(json.out());
        // the shape of /api/treaties/compare: headings, one row per obligation, the subjects
        assertThat(d.get("a").get("ref").asText()).isEqualTo("iran-russia/cspt-2025");
        assertThat(d.get("b").get("strongest").asText()).isEqualTo("defence");
        assertThat(d.get("obligations")).hasSize(5);
        JsonNode defence = d.get("obligations").get(0);
        assertThat(defence.get("obligation").asText()).isEqualTo("defence");
        assertThat(defence.get("a").get("clauses")).isEmpty();
        assertThat(defence.get("a").get("absent")).isNotEmpty();
        assertThat(defence.get("b").get("clauses").get(0).get("article").asText()).isEqualTo("Art. 4");
        assertThat(d.get("subjects")).isNotEmpty();
    }

    /** An unknown case or treaty is bad input that names it and lists what there is; so is a missing file. */
    @Test
    void unknown_case_treaties_and_files_are_bad_input_naming_what_there_is() {
        Run noCase = Run.entente("treaty", "compare", "iran-rusia/cspt-2025", "russia-dprk/cspt-2024");
        assertThat(noCase.code()).isEqualTo(2);
        assertThat(noCase.err()).contains("A: ").contains("no case 'iran-rusia'")
                .contains("known cases: iran-russia, russia-china, russia-dprk");
        Run noTreaty = Run.entente("treaty", "compare", "iran-russia/cspt-2025", "russia-dprk/cspt-2025");
        assertThat(noTreaty.code()).isEqualTo(2);
        assertThat(noTreaty.err()).contains("B: case russia-dprk has no treaty 'cspt-2025'; its treaties: ")
                .contains("cspt-2024");
        Run noFile = Run.entente("treaty", "compare", "missing.txt", "russia-dprk/cspt-2024");
        assertThat(noFile.code()).isEqualTo(2);
        assertThat(noFile.err()).contains("A: no such file missing.txt").contains("CASE/TREATY");
    }

    /** A text and a case's treaty are coded differently: the pair is refused, not compared as if alike. */
    @Test
    void a_text_and_a_case_treaty_are_not_compared(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), NON_ASSISTANCE, StandardCharsets.UTF_8);
        Run r = Run.entente("treaty", "compare", text.toString(), "russia-dprk/cspt-2024");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("B is a case's treaty (russia-dprk/cspt-2024) and A a text file");
    }
}
