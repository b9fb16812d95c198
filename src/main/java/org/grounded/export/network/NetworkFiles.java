package org.grounded.export.network;

import java.io.IOException;
import java.nio.file.Path;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.files.AtomicFileWriter;

/**
 * Writes a network's export to a file through the one atomic writer: a failure never leaves half
 * a picture behind nor destroys the previous export of the same name.
 */
public final class NetworkFiles {

    private NetworkFiles() {
    }

    /**
     * @param scale pixels per drawing unit, for PNG only
     */
    public static void write(Path file, NetworkFormat format, CodeNetwork network, NetworkDrawing drawing, double scale)
            throws IOException {
        if (format == NetworkFormat.PNG) {
            // Rendered before the file is touched, so a picture too large is refused without a trace.
            java.awt.image.BufferedImage image = PngNetworkWriter.render(drawing, scale);
            AtomicFileWriter.withoutBackup().write(file, out -> PngNetworkWriter.write(image, out));
            return;
        }
        AtomicFileWriter.withoutBackup().write(file, out -> {
            switch (format) {
                case GRAPHML -> GraphMlNetworkWriter.write(network, drawing, out);
                case GEXF -> GexfNetworkWriter.write(network, drawing, out);
                case SVG -> SvgNetworkWriter.write(drawing, out);
                case PNG -> throw new IllegalStateException("PNG is written above");
            }
        });
    }
}
