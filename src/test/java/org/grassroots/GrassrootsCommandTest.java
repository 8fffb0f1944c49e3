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
        StringWriter out = new StringWriter();
        CommandLine cli = GrassrootsCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("serve").contains("Grassroots");
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
        StringWriter err = new StringWriter();
        CommandLine cli = GrassrootsCommand.commandLine();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute("eval")).isEqualTo(2);
        assertThat(err.toString())
                .contains("Missing required subcommand")
                .contains("Usage: grassroots eval")
                .contains("forecast");
    }

    @Test
    void anEvaluationsUnreadableFileIsRefusedWithThatEvaluationsUsage() {
        StringWriter err = new StringWriter();
        CommandLine cli = GrassrootsCommand.commandLine();
        cli.setErr(new PrintWriter(err));

        assertThat(cli.execute(
                        "eval",
                        "forecast",
                        "--data",
                        "no-such-file.csv",
                        "--horizon",
                        "7",
                        "--origins",
                        "4",
                        "--season",
                        "7"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("Invalid value for option '--data': cannot read ")
                .contains("no-such-file.csv")
                .contains("Usage: grassroots eval forecast");
    }

    @Test
    void serveHelpDescribesSpringOptions() {
        StringWriter out = new StringWriter();
        CommandLine cli = GrassrootsCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--grassroots.demo=false").contains("spring.datasource.url");
    }
}
