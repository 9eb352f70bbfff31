package org.zhibiao.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Translated sentences. Keys are dotted by feature ({@code import.issue.notANumber}); the part
 * before the first dot names the bundle ({@code org/zhibiao/i18n/import.properties} in English
 * and {@code import_zh.properties} in Chinese), so features keep their own files. Placeholders
 * follow {@link MessageFormat}.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BASE = "org.zhibiao.i18n.";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
    }

    public static Messages of(Locale locale) {
        return new Messages(isChinese(locale) ? CHINESE : ENGLISH);
    }

    /** {@code zh} or {@code en}; anything else falls back to the system's language. */
    public static Messages forLanguage(String language) {
        if (language == null || language.isBlank()) {
            return of(Locale.getDefault());
        }
        return of(Locale.forLanguageTag(language));
    }

    public static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return isChinese(locale);
    }

    public String get(String key, Object... arguments) {
        String pattern = pattern(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        try {
            pattern(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private String pattern(String key) {
        int dot = key.indexOf('.');
        String feature = dot > 0 ? key.substring(0, dot) : key;
        ResourceBundle bundle = bundles.computeIfAbsent(feature, f -> ResourceBundle.getBundle(
                BASE + f, chinese() ? CHINESE : Locale.ROOT, Messages.class.getClassLoader(), NO_FALLBACK));
        return bundle.getString(key);
    }
}
