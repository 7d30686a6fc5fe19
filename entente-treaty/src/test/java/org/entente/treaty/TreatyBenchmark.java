package org.entente.treaty;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.entente.treaty.clause.Parser;
import org.entente.treaty.clause.Sentences;
import org.entente.treaty.clause.Structure;
import org.entente.treaty.text.ExtractedText;
import org.entente.treaty.text.TextExtractor;

/**
 * A JMH-free timing, run by hand (never by the tests): codes a 50-article treaty, built from the
 * North Atlantic Treaty's articles repeated under new numbers, after a warm-up, and prints the
 * median and 90th percentile beside a baseline that only extracts the text, parses the clause
 * tree and splits sentences. Run from the module folder after {@code mvn test-compile}:
 * <pre>java -cp "target/classes:target/test-classes:$(cat cp.txt)" org.entente.treaty.TreatyBenchmark</pre>
 */
public final class TreatyBenchmark {

    private static final int WARM_UP = 300;
    private static final int RUNS = 200;

    private TreatyBenchmark() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        byte[] treaty = fiftyArticles().getBytes(StandardCharsets.UTF_8);
        TextExtractor extractor = new TextExtractor();
        TreatyCoder coder = new TreatyCoder();
        Runnable baseline = () -> {
            ExtractedText t = extractor.extract("bench.txt", treaty);
            Structure s = Parser.parse("bench.txt", t.text());
            s.articles().forEach(a -> Sentences.of(t.text(), a));
        };
        Runnable full = () -> coder.code(extractor.extract("bench.txt", treaty));
        System.out.printf("50-article treaty, %d characters, %d articles coded%n", treaty.length,
                coder.code(extractor.extract("bench.txt", treaty)).structure().articles().size());
        report("baseline: extract + parse + split", baseline);
        report("full coding", full);
    }

    private static void report(String name, Runnable r) {
        for (int i = 0; i < WARM_UP; i++) {
            r.run();
        }
        long[] ns = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            r.run();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf("%-36s median %6.2f ms   p90 %6.2f ms   max %6.2f ms%n", name, ns[RUNS / 2] / 1e6,
                ns[RUNS * 9 / 10] / 1e6, ns[RUNS - 1] / 1e6);
    }

    private static String fiftyArticles() {
        String nato = Corpus.read("corpus/1949-north-atlantic-treaty.txt");
        String[] articles = nato.split("(?m)^Article \\d+\\n");
        StringBuilder out = new StringBuilder(articles[0]);
        for (int n = 1; n <= 50; n++) {
            out.append("Article ").append(n).append('\n').append(articles[1 + (n - 1) % (articles.length - 1)]);
        }
        return out.toString();
    }
}
