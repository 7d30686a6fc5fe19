package org.entente.ledger;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A separate process for {@link LedgerLockTest}: {@code record FILE ID} records a forecast;
 * {@code hold FILE MILLIS} keeps the ledger open that long, after printing "open".
 */
public final class LedgerChild {

    private LedgerChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (Ledger l = Ledger.open(file)) {
            if (args[0].equals("hold")) {
                System.out.println("open");
                System.out.flush();
                Thread.sleep(Long.parseLong(args[2]));
            } else {
                l.record(new Prediction(args[2], "Will it happen?", LocalDate.of(2025, 6, 5), LocalDate.of(2026, 6, 5),
                        Prediction.yesNo(0.5), "test", "iran-russia", Optional.empty(), Optional.empty()));
            }
        } catch (Ledger.LedgerException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
