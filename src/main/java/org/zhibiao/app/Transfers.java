package org.zhibiao.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhibiao.domain.ServerAddress;
import org.zhibiao.domain.TransferReport;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.service.SnapshotService;
import org.zhibiao.storage.Database;
import org.zhibiao.storage.Transfer;

/**
 * Moving a whole database between a file and a server, either way: the source is only read, the
 * target must be empty and receives everything, verified, or nothing.
 */
public final class Transfers {

    private Transfers() {
    }

    /** A database as the command line names it: a server address or a file. */
    public record Location(ServerAddress server, Path file) {

        public static Location of(String text) {
            return ServerAddress.isServer(text) ? new Location(ServerAddress.parse(text), null)
                    : new Location(null, Path.of(text));
        }

        public boolean sameAs(Location other) {
            return server != null ? server.equals(other.server) : other.file != null
                    && file.toAbsolutePath().normalize().equals(other.file.toAbsolutePath().normalize());
        }

        @Override
        public String toString() {
            return server != null ? server.toString() : file.toString();
        }
    }

    public static TransferReport transfer(Location from, Location to) {
        try (Database source = from.server != null ? Database.openServer(from.server, Workspace.nameOnThisPc(from.server), true)
                : Database.openReadOnly(from.file, SnapshotService.isSnapshot(from.file))) {
            if (to.server != null) {
                Transfer.requireEmpty(to.server);
                try (Database target = Database.openServer(to.server, Workspace.nameOnThisPc(to.server), false)) {
                    return Transfer.copy(source, target);
                }
            }
            requireNewFile(to.file);
            return Workspace.create(to.file, workspace -> Transfer.copy(source, workspace.database()));
        }
    }

    private static void requireNewFile(Path file) {
        try {
            if (Files.exists(file) && Files.size(file) > 0) {
                throw new ZhibiaoException("transfer.error.notEmpty", null, file);
            }
        } catch (IOException e) {
            throw new ZhibiaoException("transfer.error.notEmpty", e, file);
        }
    }
}
