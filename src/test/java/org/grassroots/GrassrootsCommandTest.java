package org.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GrassrootsCommandTest {

    @Test
    void helpListsServeAndNeedsNoSpring() {
        Run help = run("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("serve").contains("Grassroots");
        assertThat(ServeCommand.isServing()).isFalse();
    }

    @Test
    void serveIsTheDefaultCommand() {
        assertThat(GrassrootsCommand.withDefaultCommand(new String[0])).containsExactly("serve");
        assertThat(GrassrootsCommand.withDefaultCommand(new String[] {"--server.port=9090"}))
                .containsExactly("serve", "--server.port=9090");
        assertThat(GrassrootsCommand.withDefaultCommand(new String[] {"--help"}))
                .containsExactly("--help");
    }

    @Test
    void aBenchmarksSpringOptionReplacesItsDefault() {
        assertThat(BenchCommand.overriding(
                        List.of("--server.port=0", "--server.tomcat.threads.max=64", "--grassroots.demo=false"),
                        List.of("--server.tomcat.threads.max=8", "--debug")))
                .containsExactly(
                        "--server.port=0", "--grassroots.demo=false", "--server.tomcat.threads.max=8", "--debug");
    }

    @Test
    void aGroupWithoutItsSubcommandIsAUsageError() {
        Run eval = run("eval");

        assertThat(eval.exit()).isEqualTo(2);
        assertThat(eval.err())
                .contains("Missing required subcommand")
                .contains("Usage: grassroots eval")
                .contains("forecast");
    }

    @Test
    void anEvaluationsUnreadableFileIsRefusedWithThatEvaluationsUsage() {
        Run forecast = run(
                "eval", "forecast", "--data", "no-such-file.csv", "--horizon", "7", "--origins", "4", "--season", "7");

        assertThat(forecast.exit()).isEqualTo(2);
        assertThat(forecast.err())
                .contains("Invalid value for option '--data': cannot read ")
                .contains("no-such-file.csv")
                .contains("Usage: grassroots eval forecast");
    }

    @Test
    void serveHelpDescribesSpringOptions() {
        Run help = run("serve", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--grassroots.demo=false").contains("spring.datasource.url");
    }

    /** What a command line printed, and its exit code. */
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = GrassrootsCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
