package io.backstop.sandbox;

import java.io.PrintStream;
import java.util.Arrays;

/** {@code java -jar backstop-sandbox.jar COMMAND ...}: the sandbox's command line. */
public final class Main {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar backstop-sandbox.jar COMMAND",
            "  serve [--port 2990] [--data ./sandbox-data] [--clock system|manual] [--start INSTANT] [--speed N]",
            "        [--public-host NAME] [--demo-lang en|ru] [--no-demo]",
            "                  run the sandbox: Backstop without Jira, on an embedded database, with a demo",
            "                  department whose clients and staff write in --demo-lang (default: the system's",
            "                  language, Russian on a Russian system); its first start prints a line per step",
            "  simulate FILE   replay a scenario file and print the result as JSON");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "serve":
                return new ServeCommand(out, err).run(rest);
            case "simulate":
                return new SimulateCommand(out, err).run(rest);
            case "help":
            case "--help":
            case "-h":
                out.println(USAGE);
                return OK;
            default:
                err.println("unknown command \"" + args[0] + "\"");
                err.println(USAGE);
                return BAD_INPUT;
        }
    }
}
