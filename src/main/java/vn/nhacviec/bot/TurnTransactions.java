package vn.nhacviec.bot;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLTransientException;
import java.util.function.Supplier;

/**
 * A bot turn's reads and writes in one database transaction: one commit per message instead of one per
 * store call (a "xong" made eight), and a turn that fails half-way leaves nothing half-done. Turns of
 * different users run side by side in the update lanes; when the database gives one up to break a
 * deadlock or a lock wait, the turn is run again from the start, since nothing of it was kept.
 */
@Singleton
class TurnTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(TurnTransactions.class);
    private static final int ATTEMPTS = 3;

    private final TransactionOperations<Connection> transactions;

    TurnTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    <T> T inOne(Supplier<T> turn) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.executeWrite(status -> turn.get());
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !givenUpByTheDatabase(e)) {
                    throw e;
                }
                LOG.info("a bot turn was rolled back by the database ({}); running it again", e.getMessage());
            }
        }
    }

    private static boolean givenUpByTheDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }
}
