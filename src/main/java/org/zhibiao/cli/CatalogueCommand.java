package org.zhibiao.cli;

import picocli.CommandLine.Command;

@Command(name = "catalogue", description = "Indicators and targets as one Excel workbook.",
        subcommands = {CatalogueExportCommand.class, CatalogueImportCommand.class})
final class CatalogueCommand {
}
