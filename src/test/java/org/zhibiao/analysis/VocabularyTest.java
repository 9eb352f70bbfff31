package org.zhibiao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhibiao.domain.Submission;
import org.zhibiao.i18n.Messages;

/** The one vocabulary of statuses and submission states: each told apart by its symbol alone. */
class VocabularyTest {

    private static final Messages ZH = Messages.of(Locale.CHINA);
    private static final Messages EN = Messages.of(Locale.ENGLISH);

    @Test
    void everyStatusHasItsOwnSymbolColourAndWords() {
        List<String> symbols = Arrays.stream(Status.values()).map(Status::symbol).toList();
        List<String> submissionSymbols = Arrays.stream(Submission.State.values()).map(Submission.State::symbol).toList();
        assertThat(symbols).doesNotHaveDuplicates().doesNotContainAnyElementsOf(submissionSymbols);
        assertThat(submissionSymbols).doesNotHaveDuplicates();
        assertThat(Arrays.stream(Status.values()).map(Status::colour)).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("#[0-9a-f]{6}"));
        assertThat(Status.ON_TRACK.label(ZH)).isEqualTo("▲ 进度正常");
        assertThat(Status.AT_RISK.label(ZH)).isEqualTo("◆ 需加快");
        assertThat(Status.AT_RISK.label(EN)).isEqualTo("◆ at risk");
    }

    @Test
    void submissionStatesSpeakTheWordsOfTheMatrix() {
        assertThat(Arrays.stream(Submission.State.values()).map(s -> ZH.get(s.messageKey())))
                .containsExactly("已报", "已更正", "缺报", "被拒收", "已锁定");
        assertThat(Arrays.stream(Submission.State.values()).map(Submission.State::colour)).doesNotHaveDuplicates();
    }

    @Test
    void noOtherCodeWritesAStatusSymbol() throws IOException {
        Path sources = Path.of("src/main/java/org/zhibiao");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.endsWith(Path.of("analysis", "Status.java"))) {
                    continue;
                }
                String text = Files.readString(file);
                for (Status s : Status.values()) {
                    assertThat(text).as(file + " writes " + s.symbol()).doesNotContain("\"" + s.symbol());
                }
            }
        }
    }
}
