package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.app.Workspace;
import org.zhibiao.service.CatalogueService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", description = "Write the indicators and targets to an .xlsx workbook.")
final class CatalogueExportCommand extends DbCommand {

    @Option(names = "--out", required = true, paramLabel = "X.xlsx")
    Path out;

    @Override
    int run(Workspace workspace) {
        CatalogueService.ExportResult result = workspace.catalogueWorkbook().exportTo(out);
        say("catalogue.export.done", result.indicators(), result.targets(), out);
        return ExitCodes.DONE;
    }
}
