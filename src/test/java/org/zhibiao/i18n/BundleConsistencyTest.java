package org.zhibiao.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages have the same keys, with the same placeholders, and every key is used. */
class BundleConsistencyTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/zhibiao/i18n");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void chineseAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        for (Path english : englishBundles()) {
            Path chinese = english.resolveSibling(english.getFileName().toString().replace(".properties", "_zh.properties"));
            assertThat(chinese).as("Chinese bundle beside " + english).exists();
            Properties en = load(english);
            Properties zh = load(chinese);
            assertThat(zh.stringPropertyNames()).as(chinese.toString()).isEqualTo(en.stringPropertyNames());
            String feature = english.getFileName().toString().replace(".properties", "");
            for (String key : en.stringPropertyNames()) {
                assertThat(key).as("key in " + english).startsWith(feature + ".");
                assertThat(placeholders(zh.getProperty(key))).as(key).isEqualTo(placeholders(en.getProperty(key)));
                assertThat(zh.getProperty(key)).as(key).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyIsUsedInTheSources() throws IOException {
        String sources = allSources();
        List<String> unused = new ArrayList<>();
        for (Path english : englishBundles()) {
            for (String key : load(english).stringPropertyNames()) {
                if (!isUsed(key, sources)) {
                    unused.add(key);
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    /** A key is used when written out, or when its prefix is (keys built from an enum's code). */
    private static boolean isUsed(String key, String sources) {
        if (sources.contains("\"" + key + "\"")) {
            return true;
        }
        String prefix = key;
        while (prefix.lastIndexOf('.') > 0) {
            prefix = prefix.substring(0, prefix.lastIndexOf('.') + 1);
            if (sources.contains("\"" + prefix + "\"")) {
                return true;
            }
            prefix = prefix.substring(0, prefix.length() - 1);
        }
        return false;
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.toString().contains("_")).sorted().toList();
        }
    }

    private static String allSources() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                b.append(Files.readString(p));
            }
        }
        return b.toString();
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
