package org.zhibiao.cli;

import java.nio.file.Path;
import org.zhibiao.app.Workspace;
import org.zhibiao.service.CatalogueService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = "Replace the indicators and targets with those of an .xlsx workbook "
        + "(all or nothing).")
final class CatalogueImportCommand extends DbCommand {

    @Parameters(paramLabel = "X.xlsx")
    Path workbook;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    int run(Workspace workspace) {
        CatalogueService.ImportResult result = workspace.catalogueWorkbook().importFrom(workbook);
        if (!result.accepted()) {
            result.problemLines(messages()).forEach(line -> err().println(Printable.of(line)));
            say("catalogue.import.refused", result.problems().size());
            return ExitCodes.REJECTED;
        }
        if (result.changed()) {
            say("catalogue.import.done", result.indicators(), result.targets());
        } else {
            say("catalogue.import.unchanged");
        }
        return ExitCodes.DONE;
    }
}
