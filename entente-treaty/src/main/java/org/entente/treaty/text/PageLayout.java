package org.entente.treaty.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the words of one PDF page back into lines in reading order. A page is read as two
 * columns when a vertical strip around its middle is crossed by (almost) no word while both
 * halves hold at least a fifth of the words; then the left column is read top to bottom before
 * the right. A vertical gap of more than 2.4 glyph heights (about two lines) starts a new paragraph.
 */
final class PageLayout {

    /**
     * A word as PDFBox placed it.
     *
     * @param text   the word
     * @param x0     its left edge
     * @param x1     its right edge
     * @param y      its baseline, from the top of the page
     * @param height its glyph height
     */
    record Word(String text, float x0, float x1, float y, float height) {
    }

    private PageLayout() {
    }

    static String read(List<Word> words, float pageWidth) {
        float gutter = gutter(words, pageWidth);
        if (gutter < 0) {
            return lines(words);
        }
        List<Word> left = words.stream().filter(w -> w.x1() <= gutter).toList();
        List<Word> right = words.stream().filter(w -> w.x1() > gutter).toList();
        return lines(left) + "\n\n" + lines(right);
    }

    /** @return the x of an empty vertical strip between two columns, or -1 for a one-column page */
    private static float gutter(List<Word> words, float pageWidth) {
        if (words.size() < 6) {
            return -1;
        }
        for (float x = pageWidth * 0.4f; x <= pageWidth * 0.6f; x += 2) {
            float at = x;
            long crossing = words.stream().filter(w -> w.x0() < at - 1 && w.x1() > at + 1).count();
            long leftCount = words.stream().filter(w -> w.x1() <= at).count();
            if (crossing <= words.size() / 50 && leftCount >= words.size() / 5 && words.size() - leftCount >= words.size() / 5) {
                return at;
            }
        }
        return -1;
    }

    private static String lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x0));
        StringBuilder out = new StringBuilder();
        float lineY = Float.NaN;
        float height = 10;
        for (Word w : sorted) {
            height = w.height() > 0 ? w.height() : height;
            if (Float.isNaN(lineY)) {
                out.append(w.text());
            } else if (Math.abs(w.y() - lineY) <= height * 0.5f) {
                out.append(' ').append(w.text());
                continue;
            } else {
                out.append(w.y() - lineY > height * 2.4f ? "\n\n" : "\n").append(w.text());
            }
            lineY = w.y();
        }
        return out.toString();
    }
}
