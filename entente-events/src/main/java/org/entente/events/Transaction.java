package org.entente.events;

import java.sql.Connection;
import java.sql.SQLException;

/** Runs work on a connection as one transaction: committed whole, or rolled back and the first failure rethrown. */
final class Transaction {

    /** Work that may fail with SQL errors. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    private Transaction() {
    }

    /**
     * @param db   a connection in auto-commit mode, left in it afterwards
     * @param work the changes
     * @throws SQLException the work's failure (a rollback that fails too is added as suppressed)
     */
    static void run(Connection db, Work work) throws SQLException {
        db.setAutoCommit(false);
        try {
            work.run();
            db.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }
}
