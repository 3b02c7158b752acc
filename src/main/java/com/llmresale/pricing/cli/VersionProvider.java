package com.llmresale.pricing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into pricing-version.properties. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return Version.LINE.clone();
    }

    /**
     * Read once: picocli asks again for every command it registers (each inherits the version), and
     * every command registers one.
     */
    private static final class Version {
        static final String[] LINE = {"pricing " + read()};

        private static String read() {
            Properties props = new Properties();
            try (InputStream in =
                    VersionProvider.class.getResourceAsStream("/pricing-version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return props.getProperty("version", "unknown");
        }
    }
}
