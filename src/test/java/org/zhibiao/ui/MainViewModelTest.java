package org.zhibiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhibiao.app.Workspace;
import org.zhibiao.ui.common.SameThreadTaskRunner;
import org.zhibiao.ui.common.UiPreferences;

/** The window's model without a toolkit: title, language and the remembered choices. */
class MainViewModelTest {

    @TempDir
    Path dir;

    @Test
    void theTitleNamesTheDatabaseInTheChosenLanguage() {
        MainViewModel model = new MainViewModel(new SameThreadTaskRunner(), preferences());
        assertThat(model.getTitle()).isEqualTo("指标");
        model.show(Workspace.open(TestDatabases.jilin(dir)));
        assertThat(model.getTitle()).isEqualTo("指标 — test.db");
        model.setLanguage("en");
        assertThat(model.getTitle()).isEqualTo("Zhibiao — test.db");
        model.close();
    }

    @Test
    void aReadOnlyDatabaseIsMarkedInTheTitle() {
        MainViewModel model = new MainViewModel(new SameThreadTaskRunner(), preferences());
        model.show(Workspace.openReadOnly(TestDatabases.jilin(dir)));
        assertThat(model.getTitle()).isEqualTo("指标 — test.db（只读）");
        model.close();
    }

    @Test
    void theLanguageAndTheLastDatabaseAreRememberedForTheNextStart() {
        Path db = TestDatabases.jilin(dir);
        MainViewModel model = new MainViewModel(new SameThreadTaskRunner(), preferences());
        assertThat(model.getMessages().chinese()).as("the system's Chinese at first").isTrue();
        model.show(Workspace.open(db));
        model.setLanguage("en");
        model.close();

        UiPreferences again = preferences();
        assertThat(again.language()).isEqualTo("en");
        assertThat(again.lastDatabase()).contains(db.toAbsolutePath());
        assertThat(new MainViewModel(new SameThreadTaskRunner(), again).getMessages().chinese()).isFalse();
    }

    @Test
    void theFirstStartSpeaksTheSystemsLanguageAndTheUsersChoiceWinsAfterwards() {
        Path file = dir.resolve("english-system.properties");
        assertThat(new MainViewModel(new SameThreadTaskRunner(), new UiPreferences(file, Locale.US))
                .getMessages().chinese()).isFalse();
        assertThat(new UiPreferences(file, Locale.SIMPLIFIED_CHINESE).language()).isEqualTo("zh");
        new MainViewModel(new SameThreadTaskRunner(), new UiPreferences(file, Locale.US)).setLanguage("zh");
        assertThat(new UiPreferences(file, Locale.US).language()).isEqualTo("zh");
    }

    private UiPreferences preferences() {
        return new UiPreferences(dir.resolve("preferences.properties"), Locale.CHINA);
    }
}
