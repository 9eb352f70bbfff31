package org.zhibiao.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhibiao.ui.common.DialogService;

/** Dialogs for tests: errors and questions are recorded, questions answered yes, choosers return what was set. */
public final class RecordingDialogs implements DialogService {

    public final List<Throwable> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public Path toOpen;
    public Path toCreate;
    public String home = "220000";

    @Override
    public void showError(Throwable problem) {
        errors.add(problem);
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        return true;
    }

    @Override
    public Optional<Path> chooseDatabaseToOpen() {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseNewDatabase() {
        return Optional.ofNullable(toCreate);
    }

    @Override
    public Optional<String> chooseHomeRegion() {
        return Optional.ofNullable(home);
    }

    @Override
    public void showAbout() {
        errors.add(new IllegalStateException("about is not expected in tests"));
    }
}
