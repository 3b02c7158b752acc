package com.llmresale.pricing.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version Maven wrote into pricing-version.properties. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties props = new Properties();
        try (InputStream in =
                VersionProvider.class.getResourceAsStream("/pricing-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return new String[] {"pricing " + props.getProperty("version", "unknown")};
    }
}
