package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Path options are converted by our converter (picocli's reflective built-ins are off for start-up
 * speed): a path the OS cannot name is a one-line usage error, a real one works.
 */
class PathOptionTest {
    @Test
    void aPathWithANulCharacterIsAUsageErrorNamingTheOption() {
        String error = Cli.run("--sheets", "pri\0cing", "models").assertError(2).errorLine();
        assertThat(error).contains("--sheets").contains("is not a path");
    }

    @Test
    void aRealFolderIsReadThroughThePathConverter() {
        assertThat(
                        Cli.run(
                                        "--sheets",
                                        Cli.PROJECT.resolve("pricing").toString(),
                                        "models",
                                        "--provider",
                                        "groq")
                                .assertOk()
                                .out())
                .contains("llama-3.1-8b-instant");
    }
}
