package org.grassroots;

import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The jar's entry point. It holds no Spring types, so {@code --help} and the evaluation commands
 * start in well under a second; only {@code serve} starts Spring.
 */
@Command(
        name = "grassroots",
        mixinStandardHelpOptions = true,
        versionProvider = GrassrootsCommand.Version.class,
        description = "Grassroots: an open-source grocery marketplace for local food.%n"
                + "With no command, or with only Spring options such as --server.port=9090, it runs 'serve'.",
        subcommands = {ServeCommand.class, BenchCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public class GrassrootsCommand implements Runnable {

    private static final Set<String> OWN_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        int exitCode = commandLine().execute(withDefaultCommand(args));
        if (exitCode != 0 || !ServeCommand.isServing()) {
            System.exit(exitCode); // commands other than serve end here, even if a library left threads behind
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new GrassrootsCommand());
    }

    /** Runs {@code serve} when no command is named, so {@code java -jar grassroots.jar} starts the app. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0 || (args[0].startsWith("-") && !OWN_OPTIONS.contains(args[0]))) {
            String[] withServe = new String[args.length + 1];
            withServe[0] = "serve";
            System.arraycopy(args, 0, withServe, 1, args.length);
            return withServe;
        }
        return Arrays.copyOf(args, args.length);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = GrassrootsCommand.class.getPackage().getImplementationVersion();
            return new String[] {"grassroots " + (version == null ? "(development build)" : version)};
        }
    }
}
