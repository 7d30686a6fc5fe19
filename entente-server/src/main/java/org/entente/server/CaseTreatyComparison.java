package org.entente.server;

import java.util.Map;
import org.entente.model.Case;
import org.entente.model.Treaty;

/**
 * Two treaties of cases side by side, as coded in their case files, in the form
 * {@code /api/treaties/compare} gives: so that {@code entente treaty compare CASE/TREATY CASE/TREATY}
 * prints the same JSON as the web API.
 */
public final class CaseTreatyComparison {

    private CaseTreatyComparison() {
    }

    /**
     * @param caseA the first treaty's case id
     * @param a     that case
     * @param ta    the first treaty, one of the case's
     * @param caseB the second treaty's case id
     * @param b     that case
     * @param tb    the second treaty
     * @return {@code a} and {@code b} (headings), {@code obligations} and {@code subjects}, as the API's
     */
    public static Map<String, Object> of(String caseA, Case a, Treaty ta, String caseB, Case b, Treaty tb) {
        return Treaties.compare(new Treaties.Found(caseA, a, ta), new Treaties.Found(caseB, b, tb));
    }
}
