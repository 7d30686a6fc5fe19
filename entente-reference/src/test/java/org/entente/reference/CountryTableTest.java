package org.entente.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.entente.reference.data.BundleException;
import org.junit.jupiter.api.Test;

class CountryTableTest {

    private final CountryTable table = CountryTable.bundled();

    @Test
    void maps_the_built_in_states_across_every_code_system() {
        Country iran = table.byIso3("IRN").orElseThrow();
        assertThat(iran.cowCode()).hasValue(630);
        assertThat(iran.unCode()).contains("IR");
        assertThat(iran.cameo()).contains("IRN");
        assertThat(iran.fips()).contains("IR");
        Country dprk = table.byIso3("PRK").orElseThrow();
        assertThat(dprk.cowCode()).hasValue(731);
        assertThat(dprk.fips()).contains("KN");
    }

    @Test
    void the_soviet_union_and_russia_share_cow_365() {
        assertThat(table.byCow(365).orElseThrow().iso3()).isEqualTo("RUS");
        assertThat(table.byIso3("RUS").orElseThrow().fips()).contains("RS");
    }

    @Test
    void west_germany_and_north_yemen_are_found_by_cow_code_and_by_year() {
        assertThat(table.byCow(260).orElseThrow().iso3()).isEqualTo("DEU");
        assertThat(table.byIso3("DEU").orElseThrow().cowCode()).hasValue(255);
        Country germany = table.byIso3("DEU").orElseThrow();
        assertThat(table.cowFor(germany, 1980)).hasValue(260);
        assertThat(table.cowFor(germany, 2000)).hasValue(255);
        assertThat(table.cowFor(table.byIso3("YEM").orElseThrow(), 1985)).hasValue(678);
        assertThat(table.cowFor(table.byIso3("IRN").orElseThrow(), 1985)).hasValue(630);
    }

    @Test
    void cow_codes_are_unique_and_every_state_since_1946_is_present() {
        Set<Integer> cow = new HashSet<>();
        table.all().forEach(c -> c.cowCode().ifPresent(n -> assertThat(cow.add(n)).as("COW %d twice", n).isTrue()));
        assertThat(table.all()).hasSizeGreaterThan(190);
        assertThat(table.isKnown("CHN")).isTrue();
        assertThat(table.isKnown("XYZ")).isFalse();
    }

    @Test
    void suggests_the_nearest_states_for_a_typo_in_code_or_name() {
        assertThat(table.suggest("IRA")).anyMatch(s -> s.startsWith("IRN")).anyMatch(s -> s.startsWith("IRQ"));
        assertThat(table.suggest("Rusia")).anyMatch(s -> s.startsWith("RUS"));
        assertThat(table.suggest("North Kor")).anyMatch(s -> s.startsWith("PRK"));
        // letters of a name in order, from its first: how codes are made up
        assertThat(table.suggest("NKR")).contains("PRK (North Korea)");
        assertThat(table.suggest("GRM")).contains("DEU (Germany)");
    }

    /** Historical and common names resolve to the row that stands for the state; near misses suggest them. */
    @Test
    void other_names_of_states_resolve_and_are_suggested() {
        for (String[] a : new String[][] {{"USSR", "RUS"}, {"Soviet Union", "RUS"}, {"Russian Federation", "RUS"},
            {"Yugoslavia", "SRB"}, {"West Germany", "DEU"}, {"East Germany", "DDR"}, {"North Yemen", "YEM"},
            {"South Yemen", "YMD"}, {"dprk", "PRK"}, {"UK", "GBR"}, {"Burma", "MMR"}, {"Korea, Republic of", "KOR"},
            {"Korea, Democratic People's Republic of", "PRK"}, {"iran, islamic republic of", "IRN"}}) {
            assertThat(table.resolve(a[0]).iso3()).as(a[0]).isEqualTo(a[1]);
        }
        assertThat(table.cowFor(table.resolve("West Germany"), 1980)).hasValue(260);
        assertThat(table.suggest("Soviet Unoin")).contains("RUS (Russia)");
        // every alias names a state in the table
        try (var in = CountryTable.class.getResourceAsStream("aliases.csv")) {
            CountryTable.readAliases(new InputStreamReader(in, StandardCharsets.UTF_8), "aliases.csv").forEach((alias, iso3) ->
                    assertThat(table.byIso3(iso3)).as(alias).isPresent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A quoted alias or note may hold a comma; a blank line is skipped. */
    @Test
    void aliases_are_read_as_csv_with_quoted_fields() {
        Map<String, String> aliases = CountryTable.readAliases(new StringReader("""
                alias,iso3,note
                "Korea, Republic of",KOR,"ISO 3166 short name, as ISO lists it"

                ROK,KOR,Republic of Korea
                """), "aliases.csv");
        assertThat(aliases).containsExactlyInAnyOrderEntriesOf(Map.of("KOREA, REPUBLIC OF", "KOR", "ROK", "KOR"));
    }

    /** A malformed alias row is refused with the file and its line, as every bundled file's rows are. */
    @Test
    void a_malformed_alias_row_is_named_by_file_and_line() {
        assertThatThrownBy(() -> CountryTable.readAliases(new StringReader("alias,iso3,note\nUSSR,RUS,ok\nPersia\n"), "aliases.csv"))
                .isInstanceOf(BundleException.class).hasMessageStartingWith("aliases.csv:3: an alias and an ISO code are needed");
        assertThatThrownBy(() -> CountryTable.readAliases(new StringReader("alias,iso3,note\nUSSR,RUS,ok\n\"Korea,KOR,x\n"), "aliases.csv"))
                .isInstanceOf(BundleException.class).hasMessageStartingWith("aliases.csv:3: not readable as CSV");
    }
}
