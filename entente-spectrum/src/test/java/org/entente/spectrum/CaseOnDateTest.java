package org.entente.spectrum;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.casefile.CaseFiles;
import org.entente.model.Case;
import org.entente.model.Evidence;
import org.entente.model.Treaty;
import org.entente.model.TreatyStatus;
import org.entente.reference.CountryTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The case as it stood on a date: the same cut the assessment makes, read by what shows a case at an earlier date. */
class CaseOnDateTest {

    private static Case irr;

    @BeforeAll
    static void load() {
        irr = new CaseFiles(CountryTable.bundled()).read(Path.of("../cases/iran-russia/case.yaml"));
    }

    private static Treaty treaty(String id) {
        return irr.treaties().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void on_the_issue_brief_s_date_the_2025_treaty_is_only_signed_and_the_2001_one_in_force() {
        CaseOnDate on = new CaseOnDate(irr, LocalDate.of(2025, 6, 5));
        assertThat(on.earlier()).isTrue();
        assertThat(on.status(treaty("cspt-2025"))).contains(TreatyStatus.SIGNED);
        assertThat(on.entryIntoForce(treaty("cspt-2025"))).isEmpty();
        assertThat(on.status(treaty("treaty-2001"))).contains(TreatyStatus.IN_FORCE);
        // before the 2025 treaty was signed it is not there at all; after its entry into force it replaced the 2001 one
        assertThat(new CaseOnDate(irr, LocalDate.of(2024, 12, 31)).status(treaty("cspt-2025"))).isEmpty();
        CaseOnDate later = new CaseOnDate(irr, LocalDate.of(2025, 12, 31));
        assertThat(later.status(treaty("cspt-2025"))).contains(TreatyStatus.IN_FORCE);
        assertThat(later.status(treaty("treaty-2001"))).contains(TreatyStatus.SUPERSEDED);
        // on the case's own date the statuses are the ones it records
        CaseOnDate own = new CaseOnDate(irr, irr.asOf().end());
        assertThat(own.earlier()).isFalse();
        irr.treaties().forEach(t -> assertThat(own.status(t)).contains(t.status()));
    }

    @Test
    void what_it_lists_is_what_the_assessment_counted() {
        Assessor assessor = new Assessor(SpectrumConfig.defaults(), null);
        for (LocalDate date : List.of(LocalDate.of(2014, 12, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2025, 6, 5),
                LocalDate.of(2025, 12, 31), irr.asOf().end())) {
            CaseOnDate on = new CaseOnDate(irr, date);
            Assessment a = assessor.assess(irr, null, null, date);
            assertThat(irr.treaties().stream().filter(t -> on.status(t).filter(TreatyStatus.IN_FORCE::equals).isPresent())
                    .map(Treaty::id)).as(date.toString()).containsExactlyInAnyOrderElementsOf(a.commitment().inForce());
            assertThat(on.evidence().stream().map(Evidence::id)).as(date.toString()).containsExactlyInAnyOrderElementsOf(
                    a.explanation().stream().filter(x -> x.kind().equals("evidence")).map(Contribution::id).toList());
            assertThat(irr.limits().stream().filter(on::stands).map(l -> l.id())).as(date.toString())
                    .containsExactlyInAnyOrderElementsOf(a.hedging().limits());
        }
        assertThat(new CaseOnDate(irr, LocalDate.of(2025, 6, 5)).evidence()).hasSizeLessThan(irr.evidence().size());
    }
}
