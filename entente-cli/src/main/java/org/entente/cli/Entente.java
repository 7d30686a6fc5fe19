package org.entente.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command; holds the options every subcommand shares. */
@Command(name = "entente", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "Entente " + Entente.VERSION,
        description = "Where a partnership between two states stands on the spectrum from transactional "
                + "cooperation to alliance, why, and where it could go.",
        subcommands = {CasesCommand.class, ShowCommand.class, ValidateCommand.class, AssessCommand.class, DyadCommand.class, ValidateModelCommand.class, TreatyCommand.class, ScenariosCommand.class, ForecastCommand.class, EventsCommand.class, BriefCommand.class,
                ServeCommand.class, HelpCommand.class})
final class Entente {

    /** The release, as {@code --version} prints it and forecasts made by the model record it. */
    static final String VERSION = "0.1.0";

    @Option(names = "--cases", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of cases (default: $ENTENTE_HOME/cases, else ./cases).")
    Path cases;

    private Workspace workspace;

    /** @return the cases and reference data, opened once */
    Workspace workspace() {
        if (workspace == null) {
            workspace = new Workspace(casesFolder());
        }
        return workspace;
    }

    private Path casesFolder() {
        if (cases != null) {
            return cases;
        }
        String home = System.getenv("ENTENTE_HOME");
        Path fromHome = home == null ? null : Path.of(home, "cases");
        return fromHome != null && Files.isDirectory(fromHome) ? fromHome : Path.of("cases");
    }
}
