package org.zhibiao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.zhibiao.app.AppInfo;
import org.zhibiao.domain.UnknownRegionException;
import org.zhibiao.domain.ZhibiaoException;
import org.zhibiao.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;

/** The command line: parses, runs one command, maps failures to CLI.md's exit codes. */
@Command(name = "zhibiao", mixinStandardHelpOptions = true, versionProvider = ZhibiaoCli.Version.class,
        description = "Zhibiao 指标 — quality target-indicator monitor.")
public final class ZhibiaoCli {

    private static final Logger LOG = Logger.getLogger(ZhibiaoCli.class.getName());

    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            InitCommand.class,
            RegionsCommand.class,
            ExportCommand.class,
            ChartCommand.class,
            TemplateCommand.class,
            ImportCommand.class,
            UndoImportCommand.class,
            SubmissionsCommand.class,
            LockCommand.class,
            UnlockCommand.class,
            BackupCommand.class,
            TransferCommand.class,
            CatalogueCommand.class,
            StatusCommand.class,
            ReportCommand.class);

    private ZhibiaoCli() {
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Messages messages = Messages.forLanguage(languageOf(args));
        CommandLine cli = new CommandLine(new ZhibiaoCli());
        commandsFor(args).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ParameterException e, String[] a) -> {
            err.println(messages.get("cli.error.usage", Printable.of(e.getMessage())));
            err.println(messages.get("cli.error.seeHelp"));
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ZhibiaoException z) {
                LOG.log(Level.INFO, z.getMessage(), z);
                err.println(messages.get(z.messageKey(), Printable.arguments(z.arguments().toArray())));
                return z instanceof UsageException || z instanceof UnknownRegionException ? ExitCodes.USAGE
                        : ExitCodes.FAILED;
            }
            LOG.log(Level.SEVERE, "command failed", e);
            err.println(messages.get("cli.error.unexpected", Printable.of(e.getMessage())));
            return ExitCodes.FAILED;
        });
        int code = cli.execute(args);
        if (out.checkError()) {
            LOG.warning("standard output could not be written");
            err.println(messages.get("cli.error.stdout"));
            return ExitCodes.FAILED;
        }
        return code;
    }

    /**
     * The command the arguments name, alone: picocli builds the model of every command it is
     * given, which costs a short process more than parsing; all of them for help, a version or a
     * name that is none of them.
     */
    private static List<Class<?>> commandsFor(String[] args) {
        for (Class<?> command : COMMANDS) {
            if (args.length > 0 && command.getAnnotation(Command.class).name().equals(args[0])) {
                return List.of(command);
            }
        }
        return COMMANDS;
    }

    private static String languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return null;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Zhibiao " + AppInfo.version()};
        }
    }
}
