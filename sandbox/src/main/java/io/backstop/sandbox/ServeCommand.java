package io.backstop.sandbox;

import io.backstop.sandbox.demo.DemoLanguage;
import io.backstop.sandbox.host.Sandbox;
import io.backstop.sandbox.host.SandboxOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--port 2990] [--data ./sandbox-data] [--clock system|manual] [--start INSTANT] [--speed N]
 * [--public-host NAME] [--demo-lang en|ru] [--no-demo]}: runs the sandbox until interrupted. On the first start
 * with the demo it prints a line per step of the seeding and answers HTTP from the start ("preparing the demo").
 */
final class ServeCommand {

    static final String USAGE = "usage: serve [--port 2990] [--data ./sandbox-data] [--clock system|manual] "
            + "[--start INSTANT] [--speed N] [--public-host NAME] [--demo-lang en|ru] [--no-demo]";

    private final PrintStream out;
    private final PrintStream err;

    ServeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        SandboxOptions options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            err.println(USAGE);
            return Main.BAD_INPUT;
        }
        Sandbox sandbox;
        try {
            sandbox = Sandbox.serve(options, line -> {
                out.println(line);
                out.flush();
            });
        } catch (Exception e) {
            err.println("serve: could not start: " + e.getMessage());
            return Main.FAILED;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                sandbox.close();
            } catch (Exception e) {
                err.println("serve: stopping failed: " + e.getMessage());
            }
            stopped.countDown();
        }, "backstop-sandbox-stop"));
        out.println("Backstop sandbox is running at " + sandbox.url() + " (data in " + options.data().toAbsolutePath()
                + ", " + (options.manualClock() ? "manual clock" : "system clock" + speedNote(options)) + ")");
        out.println("REST API: " + sandbox.url() + "rest/backstop/1.0/  (log in as admin/admin, head/head, "
                + "operator/operator, ...); Ctrl-C stops it.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Main.OK;
    }

    private static String speedNote(SandboxOptions options) {
        return options.speed() == 1 ? "" : ", " + options.speed() + "x speed";
    }

    static SandboxOptions parse(String[] args) {
        SandboxOptions defaults = SandboxOptions.defaults();
        int port = defaults.port();
        Path data = defaults.data();
        boolean manual = false;
        Instant start = null;
        double speed = 1;
        boolean demo = true;
        String publicHost = null;
        DemoLanguage language = DemoLanguage.of(Locale.getDefault());
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            switch (flag) {
                case "--no-demo" -> demo = false;
                case "--port", "--data", "--clock", "--start", "--speed", "--public-host", "--demo-lang" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(flag + " needs a value");
                    }
                    String value = args[++i];
                    switch (flag) {
                        case "--port" -> port = port(value);
                        case "--data" -> data = Path.of(value);
                        case "--clock" -> manual = clock(value);
                        case "--start" -> start = instant(value);
                        case "--public-host" -> publicHost = hostName(value);
                        case "--demo-lang" -> language = DemoLanguage.parse(value);
                        default -> speed = speed(value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        if (start != null && !manual) {
            throw new IllegalArgumentException("--start goes with --clock manual");
        }
        if (speed != 1 && manual) {
            throw new IllegalArgumentException("--speed goes with the system clock");
        }
        return new SandboxOptions(port, data, manual, start, speed, demo).answeringFor(publicHost)
                .inLanguage(language);
    }

    private static String hostName(String value) {
        if (value.length() > 253 || !value.matches("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*")) {
            throw new IllegalArgumentException("--public-host must be a host name such as backstop.example.com, got "
                    + value);
        }
        return value;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number from 0 to 65535, got " + value);
        }
    }

    private static boolean clock(String value) {
        return switch (value) {
            case "system" -> false;
            case "manual" -> true;
            default -> throw new IllegalArgumentException("--clock must be system or manual, got " + value);
        };
    }

    private static Instant instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--start must be an instant with an offset such as "
                    + "2026-11-02T08:00:00+03:00, got " + value);
        }
    }

    private static double speed(String value) {
        try {
            double speed = Double.parseDouble(value);
            if (!(speed > 0) || speed > 100_000) {
                throw new NumberFormatException();
            }
            return speed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--speed must be a number above 0 (at most 100000), got " + value);
        }
    }
}
