package org.zhibiao.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhibiao.i18n.Messages;

/** The About box names the version the build wrote, never a placeholder. */
class AppInfoTest {

    @Test
    void theVersionIsTheOneOfTheBuild() {
        assertThat(AppInfo.version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        String about = Messages.of(Messages.CHINESE).get("ui.about.text", AppInfo.version(), AppPaths.dataFolder());
        assertThat(about).contains(AppInfo.version(), AppPaths.dataFolder().toString());
    }
}
