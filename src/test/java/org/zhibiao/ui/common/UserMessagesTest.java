package org.zhibiao.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.i18n.Messages;

class UserMessagesTest {

    private final Messages chinese = Messages.of(Messages.CHINESE);

    @Test
    void aKnownProblemIsTranslatedAlsoWhenWrapped() {
        ZhibiaoException problem = new ZhibiaoException("storage.error.missing", null, Path.of("a.db"));
        String direct = UserMessages.sentence(problem, chinese);
        assertThat(direct).contains("a.db").doesNotContain("storage.error");
        assertThat(UserMessages.sentence(new IllegalStateException("wrapper", problem), chinese)).isEqualTo(direct);
    }

    @Test
    void anythingElseGetsAGeneralSentenceAndKeepsTheDetailForTheExpandablePart() {
        IllegalStateException bug = new IllegalStateException("index 7 out of bounds");
        assertThat(UserMessages.sentence(bug, chinese)).isEqualTo("操作未能完成。详细信息已写入日志文件，请将其发送给系统管理员。")
                .doesNotContain("index 7");
        assertThat(UserMessages.detail(bug)).contains("index 7 out of bounds", "UserMessagesTest");
    }
}
