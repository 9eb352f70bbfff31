package org.zhibiao.cli;

import org.zhibiao.domain.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 2015Q3} only, as CLI.md writes periods. */
final class PeriodConverter implements ITypeConverter<Period> {

    @Override
    public Period convert(String value) {
        try {
            return Period.parseStrict(value).orElseThrow(() -> new TypeConversionException(value));
        } catch (IllegalArgumentException outOfRange) {
            throw new TypeConversionException(value);
        }
    }
}
