package org.zhibiao.cli;

import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.zhibiao.analysis.Method;
import org.zhibiao.app.Workspace;
import org.zhibiao.charts.ChartExport;
import org.zhibiao.charts.ChartType;
import org.zhibiao.domain.Period;
import org.zhibiao.service.ChartRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "chart", description = "Write one chart, as on screen, to a PNG or SVG file.")
final class ChartCommand extends DbCommand {

    @Option(names = "--type", required = true, converter = TypeConverter.class,
            paramLabel = "actual-vs-target|gap|trend|ranking|submissions", description = "which chart")
    ChartType type;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class)
    Period period;

    @Option(names = "--indicator", paramLabel = "CODE",
            description = "one indicator (required for trend and ranking; compares the regions under --region)")
    String indicator;

    @Option(names = "--region", paramLabel = "CODE", description = "the region (default: the home region)")
    String region;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.svg")
    Path out;

    @Option(names = "--width", defaultValue = "1200", paramLabel = "PIXELS")
    int width;

    @Option(names = "--height", defaultValue = "800", paramLabel = "PIXELS")
    int height;

    @Override
    int run(Workspace workspace) {
        if (type.needsIndicator() && indicator == null) {
            throw new UsageException("charts.error.needsIndicator", type.code());
        }
        if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
            throw new UsageException("cli.chart.badSize", width, height);
        }
        try {
            ChartExport.formatOf(out);
        } catch (org.zhibiao.domain.ZhibiaoException e) {
            throw new UsageException(e.messageKey(), e.arguments().toArray());
        }
        ChartRequest request = new ChartRequest(type, period, region, indicator, null, Method.TIME_PROGRESS);
        JFreeChart chart = workspace.charts().chart(request, messages());
        ChartExport.write(chart, width, height, out);
        say("cli.chart.done", out);
        return ExitCodes.DONE;
    }

    /** {@code actual-vs-target}, {@code gap}, {@code trend}, {@code ranking} or {@code submissions}. */
    static final class TypeConverter implements ITypeConverter<ChartType> {
        @Override
        public ChartType convert(String value) {
            try {
                return ChartType.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(value);
            }
        }
    }
}
