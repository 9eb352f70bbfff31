package org.zhibiao.ui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Display-only converters for choice boxes. */
public final class Converters {

    private Converters() {
    }

    /** Shows values with {@code label}; {@code empty} for null. */
    public static <T> StringConverter<T> showing(Function<T, String> label, String empty) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? empty : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("display only");
            }
        };
    }
}
