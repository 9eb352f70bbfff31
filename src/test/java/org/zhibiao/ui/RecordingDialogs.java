package org.zhibiao.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhibiao.ui.common.DialogService;
import org.zhibiao.ui.common.FileKind;
import org.zhibiao.ui.common.ServerLogin;
import org.zhibiao.domain.ServerAddress;

/** Dialogs for tests: errors, questions and results are recorded, questions answered as set (yes), choosers return what was set. */
public class RecordingDialogs implements DialogService {

    public final List<Throwable> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public Path toOpen;
    public Path toCreate;
    public String home = "220000";
    public final List<String> informed = new ArrayList<>();
    public final List<String> informedLines = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();
    public Path toRead;
    public Path toWrite;
    public boolean answer = true;
    public ServerLogin server;
    public final List<ServerAddress> offeredServers = new ArrayList<>();
    public final List<String> aboutNames = new ArrayList<>();

    @Override
    public void showError(Throwable problem) {
        errors.add(problem);
    }

    @Override
    public boolean confirm(String question) {
        questions.add(question);
        return answer;
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
    public void showAbout(String database) {
        aboutNames.add(database);
    }

    @Override
    public Optional<ServerLogin> chooseServer(ServerAddress last) {
        offeredServers.add(last);
        return Optional.ofNullable(server);
    }

    @Override
    public Optional<Path> chooseToRead(FileKind kind) {
        return Optional.ofNullable(toRead);
    }

    @Override
    public Optional<Path> chooseToWrite(FileKind kind, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(toWrite);
    }

    @Override
    public void inform(String sentence, List<String> lines) {
        informed.add(sentence);
        informedLines.addAll(lines);
    }
}
