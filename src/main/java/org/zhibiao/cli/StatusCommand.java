package org.zhibiao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.zhibiao.analysis.Method;
import org.zhibiao.analysis.StatusRow;
import org.zhibiao.analysis.TargetChoice;
import org.zhibiao.app.Workspace;
import org.zhibiao.domain.Period;
import org.zhibiao.domain.Region;
import org.zhibiao.service.StatusRows;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

@Command(name = "status", description = "Indicators of a region against their targets at a period (STATUS.md).")
final class StatusCommand extends DbCommand {

    enum Format { table, csv, json }

    @Option(names = "--period", required = true, paramLabel = "PERIOD", converter = PeriodConverter.class)
    Period period;

    @Option(names = "--region", paramLabel = "CODE", description = "the region (default: the home region)")
    String region;

    @Option(names = "--target-year", paramLabel = "YEAR|in-force", converter = ChoiceConverter.class,
            description = "one row per indicator: against its target of this year, or the target in force")
    TargetChoice targetChoice;

    @Option(names = "--all-indicators",
            description = "every indicator of the catalogue, not only the monitored set")
    boolean allIndicators;

    @Option(names = "--method", defaultValue = "time-progress", converter = MethodConverter.class,
            paramLabel = "time-progress|open-sdg", description = "how progress is judged (default ${DEFAULT-VALUE})")
    Method method;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or json")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to this file instead of standard output")
    Path outFile;

    @Override
    int run(Workspace workspace) {
        return outFile == null ? print(workspace, out()) : writeOut(outFile, file -> print(workspace, file));
    }

    private int print(Workspace workspace, PrintWriter output) {
        Region target = region == null ? workspace.regions().home().orElse(null)
                : workspace.regions().find(region).orElse(null);
        if (target == null) {
            throw new UsageException("common.error.unknownRegion", region == null ? "" : region);
        }
        List<StatusRow> rows = targetChoice == null
                ? workspace.status().status(period, target.code(), null, method, allIndicators)
                : workspace.status().view(period, List.of(target.code()), targetChoice, method, allIndicators);
        switch (format) {
            case csv -> StatusRows.csv(rows, messages().chinese(), output);
            case json -> output.println(StatusRows.json(rows, messages().chinese()));
            case table -> new StatusTable(messages(), output).print(target, period, method, rows,
                    workspace.plans().names());
        }
        output.flush();
        return ExitCodes.DONE;
    }

    /** A year or {@code in-force}. */
    static final class ChoiceConverter implements ITypeConverter<TargetChoice> {
        @Override
        public TargetChoice convert(String value) {
            return TargetChoice.parse(value).orElseThrow(() -> new TypeConversionException(value));
        }
    }

    /** {@code time-progress} or {@code open-sdg}. */
    static final class MethodConverter implements ITypeConverter<Method> {
        @Override
        public Method convert(String value) {
            try {
                return Method.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(value);
            }
        }
    }
}
