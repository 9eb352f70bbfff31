package org.zhibiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.function.ToIntFunction;
import java.io.OutputStreamWriter;
import org.zhibiao.files.AtomicFile;
import java.util.concurrent.Callable;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.i18n.Messages;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on an existing database; subclasses do the work in {@link #run}. */
abstract class DbCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private Messages messages;

    @Override
    public final Integer call() {
        if (!common.onServer() && !Files.isRegularFile(common.database())) {
            throw new ZhibiaoException("cli.error.noDatabase", null, common.database());
        }
        try (Workspace workspace = openWorkspace()) {
            return run(workspace);
        }
    }

    /**
     * The database as this command needs it: read-only, so reading never changes a database or a
     * snapshot; commands that change the database override {@link #writes}.
     */
    Workspace openWorkspace() {
        if (common.onServer()) {
            return common.withPassword(password -> Workspace.openServer(common.server(), password, !writes()));
        }
        return writes() ? Workspace.open(common.database()) : Workspace.openReadOnly(common.database());
    }

    /** Whether the command changes the database (it is then checked for damage first). */
    boolean writes() {
        return false;
    }

    abstract int run(Workspace workspace);

    Messages messages() {
        if (messages == null) {
            messages = common.messages();
        }
        return messages;
    }

    /** A sentence for people, on stderr. */
    void say(String key, Object... arguments) {
        err().println(messages().get(key, Printable.arguments(arguments)));
    }

    /**
     * Machine-readable output given with {@code --out}: written as UTF-8 beside the file and moved
     * over it only when complete, so a failed write leaves the old file as it was.
     */
    int writeOut(Path file, ToIntFunction<PrintWriter> body) {
        int[] code = new int[1];
        try {
            AtomicFile.write(file, stream -> {
                PrintWriter writer = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
                code[0] = body.applyAsInt(writer);
                if (writer.checkError()) {
                    throw new IOException("could not write " + file);
                }
            });
        } catch (IOException e) {
            throw new ZhibiaoException("cli.error.writeOut", e, file);
        }
        return code[0];
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
