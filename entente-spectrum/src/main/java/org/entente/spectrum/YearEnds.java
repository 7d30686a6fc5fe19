package org.entente.spectrum;

import java.util.ArrayList;
import java.util.List;

/** The bands of a few year-end assessments, told briefly: consecutive years in one band are joined. */
public final class YearEnds {

    private YearEnds() {
    }

    /**
     * @param years year-end assessments, oldest first
     * @return e.g. "2021 transactional; 2022–2024 strategic-transactionalism; 2025 strategic-alignment
     * (hedging 49.9 is just under its threshold of 50: over it, the band would be strategic-transactionalism)"
     */
    public static String runs(List<Assessment> years) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < years.size()) {
            int j = i;
            while (j + 1 < years.size() && years.get(j + 1).band() == years.get(i).band()) {
                j++;
            }
            int y0 = years.get(i).asOf().getYear();
            int y1 = years.get(j).asOf().getYear();
            StringBuilder part = new StringBuilder((y0 == y1 ? Integer.toString(y0) : y0 + "\u2013" + y1) + " "
                    + years.get(i).band().id());
            // a year whose band rests on a threshold says which, so that a band held by a hair is read as such
            List<String> edgy = new ArrayList<>();
            for (int k = i; k <= j; k++) {
                Assessment a = years.get(k);
                if (!a.edges().isEmpty()) {
                    edgy.add((y0 == y1 ? "" : a.asOf().getYear() + ": ") + a.edges().get(0));
                }
            }
            if (!edgy.isEmpty()) {
                part.append(" (").append(String.join("; ", edgy)).append(")");
            }
            parts.add(part.toString());
            i = j + 1;
        }
        return String.join("; ", parts);
    }
}
