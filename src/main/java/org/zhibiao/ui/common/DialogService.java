package org.zhibiao.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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

    void showAbout();

    /** A file of {@code kind} to read. */
    Optional<Path> chooseToRead(FileKind kind);

    /** Where to write a file of {@code kind}, {@code suggestedName} proposed. */
    Optional<Path> chooseToWrite(FileKind kind, String suggestedName);

    /** The outcome of a piece of work, as a translated sentence and, below it, the lines it lists (problems). */
    void inform(String sentence, List<String> lines);
}
