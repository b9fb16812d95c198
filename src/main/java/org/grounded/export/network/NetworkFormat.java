package org.grounded.export.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The files a network is exported to. */
public enum NetworkFormat {
    GRAPHML("graphml"),
    GEXF("gexf"),
    SVG("svg"),
    PNG("png");

    private final String extension;

    NetworkFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format a name such as "gexf" or "PNG" names. */
    public static NetworkFormat parse(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.extension.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a network format (one of "
                        + Arrays.stream(values()).map(NetworkFormat::extension).collect(Collectors.joining(", ")) + ")"));
    }

    /** The format a file name's extension names, if any. */
    public static Optional<NetworkFormat> ofFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> lower.endsWith("." + format.extension)).findFirst();
    }
}
