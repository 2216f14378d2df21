package org.mlpot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code mlpot completion} prints a bash completion script that knows every command. */
class CompletionCommandTest {
    @Test
    void printsABashScriptNamingTheCommandsAndTheirOptions() {
        CliTest.Run run = CliTest.mlpot("completion");
        assertEquals(0, run.code(), run.err());
        String script = run.out();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script.lines().findFirst().orElse(""));
        assertTrue(script.contains("complete -F _complete_mlpot"), "registers the completion function");
        for (String command : new String[] {"validate", "train", "eval", "predict", "md", "minimize", "features", "convert",
            "n2p2", "info", "completion"}) {
            assertTrue(script.contains(command), command + " is completed");
        }
        assertTrue(script.contains("--thermostat"), "options of subcommands are completed");
        assertTrue(script.contains("export"), "n2p2's own subcommands are completed");
    }
}
