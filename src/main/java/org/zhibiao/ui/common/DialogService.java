package org.zhibiao.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.zhibiao.domain.ServerAddress;

/** Every dialog the app shows: errors, questions, file choosers and the small pickers. */
public interface DialogService {

    /** A translated sentence for the user, the technical detail expandable below it. */
    void showError(Throwable problem);

    /** Asks a yes/no question given as a translated sentence. */
    boolean confirm(String question);

    Optional<Path> chooseDatabaseToOpen();

    Optional<Path> chooseNewDatabase();

    /** The GB/T 2260 code of the home region of a new database. */
    Optional<String> chooseHomeRegion();

    /** What the program is, naming the open database ({@code null}: none). */
    void showAbout(String database);

    /**
     * A database on a server and its password, from File ▸ 连接数据库服务器…; the fields start from
     * {@code last} (null: empty).
     */
    Optional<ServerLogin> chooseServer(ServerAddress last);

    /** A file of {@code kind} to read. */
    Optional<Path> chooseToRead(FileKind kind);

    /** Where to write a file of {@code kind}, {@code suggestedName} proposed. */
    Optional<Path> chooseToWrite(FileKind kind, String suggestedName);

    /** The outcome of a piece of work, as a translated sentence and, below it, the lines it lists (problems). */
    void inform(String sentence, List<String> lines);
}
