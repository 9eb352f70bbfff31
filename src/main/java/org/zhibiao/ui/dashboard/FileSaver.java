package org.zhibiao.ui.dashboard;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save a file of one kind (e.g. {@code png}); tests answer without a dialog. */
@FunctionalInterface
public interface FileSaver {

    Optional<Path> choose(String suggestedName, String extension);
}
