package org.entente.reference.panel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.entente.reference.unvotes.Similarity;
import org.entente.reference.unvotes.UnIssue;

/**
 * Every measure of one dyad in one year. "A" and "B" are the two states in the order asked for.
 * An empty optional means the dataset does not cover that year (or that pair): no data, not zero.
 *
 * @param year       the year
 * @param votes      UN General Assembly vote similarity
 * @param alliance   alliance obligations in force
 * @param arms       arms transfers each way
 * @param trade      trade each way and dependence
 * @param igos       number of intergovernmental organisations both belong to
 * @param rivalry    rivalries active that year
 * @param disputes   militarised interstate disputes between the two
 * @param power      material capabilities
 * @param contiguity direct contiguity type: 1 land border, 2-5 separated by up to 12, 24, 150 or 400 miles of water; 0 none
 * @param leaders    leader changes
 */
public record DyadYear(int year, Optional<Votes> votes, Optional<Alliance> alliance, Optional<Arms> arms,
                       Optional<Trade> trade, OptionalInt igos, Optional<Rivalry> rivalry,
                       Optional<Disputes> disputes, Optional<Power> power, OptionalInt contiguity,
                       Optional<Leaders> leaders) {

    /**
     * @param other the same dyad-year read under other COW codes
     * @return this year, each measure it lacks taken from {@code other}: in the year a state
     * changes its code (Germany and Yemen in 1990) a data set may file the year under either code
     */
    public DyadYear filledFrom(DyadYear other) {
        return new DyadYear(year, votes.or(other::votes), alliance.or(other::alliance), arms.or(other::arms),
                trade.or(other::trade), igos.isPresent() ? igos : other.igos(), rivalry.or(other::rivalry),
                disputes.or(other::disputes), power.or(other::power), contiguity.isPresent() ? contiguity : other.contiguity(),
                leaders.or(other::leaders));
    }

    /**
     * UN vote similarity over all roll calls of the year and by issue.
     *
     * @param all     over all roll calls
     * @param byIssue per issue, where the two shared at least one vote on it
     */
    public record Votes(Similarity all, Map<UnIssue, Similarity> byIssue) {
    }

    /**
     * ATOP obligations each way and the COW alliance type.
     *
     * @param aToB    ATOP obligations A has toward B
     * @param bToA    ATOP obligations B has toward A
     * @param cowType COW formal alliance type in force (defense, neutrality, nonaggression,
     *                entente), or empty when none or outside COW's coverage
     */
    public record Alliance(List<String> aToB, List<String> bToA, Optional<String> cowType) {

        /** @return whether either side has a defence obligation toward the other */
        public boolean defence() {
            return aToB.contains("defense") || bToA.contains("defense");
        }
    }

    /**
     * Arms deliveries each way in SIPRI trend-indicator values (TIV, millions).
     *
     * @param aToB        deliveries from A to B
     * @param bToA        deliveries from B to A
     * @param shareOfBImports A's deliveries as a share of all B's arms imports that year (empty if B imported none)
     * @param shareOfAImports B's deliveries as a share of all A's arms imports that year
     */
    public record Arms(int aToB, int bToA, OptionalDouble shareOfBImports, OptionalDouble shareOfAImports) {
    }

    /**
     * Trade each way (current US$ millions, COW) and each side's dependence on the other.
     *
     * @param aImportsFromB A's imports from B
     * @param bImportsFromA B's imports from A
     * @param dependenceA   bilateral trade as a share of A's total trade
     * @param dependenceB   bilateral trade as a share of B's total trade
     */
    public record Trade(OptionalDouble aImportsFromB, OptionalDouble bImportsFromA, OptionalDouble dependenceA,
                        OptionalDouble dependenceB) {
    }

    /**
     * Rivalries active in the year.
     *
     * @param thompsonDreyer   the types of a Thompson-Dreyer strategic rivalry, if one is active
     * @param tss              the types of a rivalry in the second (TSS) list, if one is active
     * @param thompsonDreyerCovered whether the Thompson-Dreyer list covers the year (it ends in 2010):
     *                         where it does not, an empty {@code thompsonDreyer} is no data, not "no rivalry"
     * @param tssCovered       whether the TSS list covers the year
     */
    public record Rivalry(Optional<List<String>> thompsonDreyer, Optional<List<String>> tss, boolean thompsonDreyerCovered,
                          boolean tssCovered) {

        /** @return whether any rivalry is active */
        public boolean active() {
            return thompsonDreyer.isPresent() || tss.isPresent();
        }
    }

    /**
     * Militarised interstate disputes between the two in the year.
     *
     * @param ongoing        disputes under way
     * @param onsets         disputes that began
     * @param highestHostility the highest hostility level (1 no militarised action ... 5 war), 0 if none
     */
    public record Disputes(int ongoing, int onsets, int highestHostility) {
    }

    /**
     * Composite index of national capability (CINC), COW National Material Capabilities.
     *
     * @param cincA A's share of world capabilities
     * @param cincB B's share
     * @param shareA A's share of the dyad's capabilities, cincA / (cincA + cincB)
     */
    public record Power(double cincA, double cincB, double shareA) {
    }

    /**
     * Leader changes (Archigos): leaders who entered office in the year.
     *
     * @param a entries in A
     * @param b entries in B
     */
    public record Leaders(int a, int b) {
    }
}
