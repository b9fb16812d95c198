package org.grounded.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The application's version, taken from the build (pom.xml), so the project file's "generator",
 * the command line's {@code --version} and the About box never disagree.
 */
public final class AppVersion {

    private static final String RESOURCE = "/org/grounded/io/version.properties";

    private AppVersion() {
    }

    /** Such as "0.1.0"; "development" when run from classes the build did not filter. */
    public static String number() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            return version.isBlank() || version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** "Grounded 0.1.0", as written into files. */
    public static String nameAndNumber() {
        return "Grounded " + number();
    }
}
