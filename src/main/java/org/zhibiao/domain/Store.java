package org.zhibiao.domain;

import java.nio.file.Path;

/** An open database: where it is, whether it may be written, its transactions and its copies. */
public interface Store extends AutoCloseable {

    /**
     * The database file, whose returns are archived beside it; for a database on a server, a path
     * that names it on this PC.
     */
    Path file();

    boolean isReadOnly();

    /** Runs repository work as one write transaction: all of it is stored, or none. */
    void inTransaction(Runnable work);

    /**
     * A consistent copy of the whole database at {@code target}, written aside and moved into
     * place when complete; never over the database itself.
     */
    void backupTo(Path target);

    @Override
    void close();
}
