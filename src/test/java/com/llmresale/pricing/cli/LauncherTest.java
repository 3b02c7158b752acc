package com.llmresale.pricing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * bin/pricing starts the jar with {@code -cp JAR MAIN} rather than {@code -jar JAR} (the JVM then
 * does not read the jar's manifest through its whole index before {@code main}): the class it names
 * must be the one the jar's manifest names, which is the build's {@code main.class}.
 */
class LauncherTest {
    @Test
    void theLauncherStartsTheJarsMainClass() throws IOException {
        String launcher = Files.readString(Path.of("bin/pricing"));
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(launcher).contains("\nmain=" + Main.class.getName() + "\n");
        assertThat(pom).contains("<main.class>" + Main.class.getName() + "</main.class>");
        assertThat(launcher).doesNotContain("-jar \"$jar\"");
    }
}
