package org.zhibiao.cli;

import java.time.LocalDate;
import org.zhibiao.domain.Period;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 2015Q3} only, as CLI.md writes periods, and a quarter data can be for. */
final class PeriodConverter implements ITypeConverter<Period> {

    @Override
    public Period convert(String value) {
        return Period.parseStrict(value).filter(p -> p.isPlausible(LocalDate.now()))
                .orElseThrow(() -> new TypeConversionException(value));
    }
}
