package io.backstop.sandbox;

import io.backstop.app.json.ScenarioJson;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
import io.backstop.core.validation.InvalidFieldException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code simulate FILE}: replays a scenario through the same rules the Jira job and the sandbox run, and prints
 * the result JSON. A bad scenario prints why on standard error, nothing on standard output, and exits 2.
 */
final class SimulateCommand {

    private final PrintStream out;
    private final PrintStream err;

    SimulateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        if (args.length != 1) {
            err.println("usage: simulate FILE");
            return Main.BAD_INPUT;
        }
        String json;
        try {
            json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("simulate: no such file: " + args[0]);
            return Main.BAD_INPUT;
        } catch (IOException | RuntimeException e) {
            err.println("simulate: cannot read " + args[0] + ": " + e);
            return Main.BAD_INPUT;
        }
        Scenario scenario;
        try {
            scenario = ScenarioJson.read(json);
        } catch (InvalidFieldException e) {
            err.println("simulate: bad scenario: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        ReplayResult result = Replay.run(scenario);
        out.println(ScenarioJson.write(result, scenario.calendar().zone()));
        out.flush();
        return Main.OK;
    }
}
