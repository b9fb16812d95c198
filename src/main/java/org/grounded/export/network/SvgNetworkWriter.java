package org.grounded.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.grounded.analysis.network.layout.Point;

/**
 * Paints a {@link NetworkDrawing} as SVG 1.1 with real text (searchable, editable in Inkscape or
 * Illustrator, sharp at any zoom), every label and tooltip escaped by the XML writer.
 */
public final class SvgNetworkWriter {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    static final String FONT_FAMILY = "DejaVu Sans, Arial, Helvetica, sans-serif";

    private SvgNetworkWriter() {
    }

    /** Writes the SVG document as UTF-8; does not close the stream. */
    public static void write(NetworkDrawing drawing, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG_NAMESPACE);
            xml.writeAttribute("version", "1.1");
            xml.writeAttribute("width", number(drawing.width()));
            xml.writeAttribute("height", number(drawing.height()));
            xml.writeAttribute("viewBox", "0 0 " + number(drawing.width()) + " " + number(drawing.height()));
            xml.writeAttribute("font-family", FONT_FAMILY);
            xml.writeCharacters("\n");
            element(xml, "rect", "x", "0", "y", "0", "width", number(drawing.width()), "height", number(drawing.height()),
                    "fill", NetworkDrawing.BACKGROUND);
            group(xml, "edges");
            for (DrawnEdge edge : drawing.edges()) {
                edge(xml, edge);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            group(xml, "nodes");
            for (DrawnNode node : drawing.nodes()) {
                node(xml, node);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            group(xml, "labels");
            for (DrawnLabel label : drawing.labels()) {
                label(xml, label);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the SVG: " + e.getMessage(), e);
        }
    }

    private static void group(XMLStreamWriter xml, String id) throws XMLStreamException {
        xml.writeStartElement("g");
        xml.writeAttribute("id", id);
        xml.writeCharacters("\n");
    }

    private static void edge(XMLStreamWriter xml, DrawnEdge edge) throws XMLStreamException {
        xml.writeStartElement("line");
        attributes(xml, "x1", number(edge.from().x()), "y1", number(edge.from().y()), "x2", number(edge.to().x()),
                "y2", number(edge.to().y()), "stroke", edge.colour(), "stroke-width", number(edge.width()),
                "stroke-linecap", "round");
        if (edge.dashed()) {
            xml.writeAttribute("stroke-dasharray", "5 4");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
        if (edge.directed()) {
            element(xml, "polygon", "points", points(edge.arrowHead()), "fill", edge.colour());
        }
    }

    private static void node(XMLStreamWriter xml, DrawnNode node) throws XMLStreamException {
        double r = node.radius();
        switch (node.shape()) {
            case CIRCLE -> xml.writeStartElement("circle");
            case ROUNDED_SQUARE, SQUARE -> xml.writeStartElement("rect");
            case DIAMOND -> xml.writeStartElement("polygon");
        }
        switch (node.shape()) {
            case CIRCLE -> attributes(xml, "cx", number(node.x()), "cy", number(node.y()), "r", number(r));
            case ROUNDED_SQUARE -> attributes(xml, "x", number(node.x() - r), "y", number(node.y() - r),
                    "width", number(2 * r), "height", number(2 * r), "rx", number(r * 0.35));
            case SQUARE -> attributes(xml, "x", number(node.x() - r), "y", number(node.y() - r),
                    "width", number(2 * r), "height", number(2 * r));
            case DIAMOND -> attributes(xml, "points", points(List.of(new Point(node.x(), node.y() - r),
                    new Point(node.x() + r, node.y()), new Point(node.x(), node.y() + r), new Point(node.x() - r, node.y()))));
        }
        attributes(xml, "fill", node.fill(), "stroke", node.stroke(), "stroke-width", number(node.strokeWidth()));
        xml.writeStartElement("title");
        xml.writeCharacters(node.tooltip());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void label(XMLStreamWriter xml, DrawnLabel label) throws XMLStreamException {
        xml.writeStartElement("text");
        attributes(xml, "x", number(label.x()), "y", number(label.y()), "font-size", number(label.fontSize()),
                "text-anchor", "middle", "fill", label.colour());
        if (label.bold()) {
            xml.writeAttribute("font-weight", "bold");
        }
        if (label.halo()) {
            attributes(xml, "stroke", NetworkDrawing.BACKGROUND, "stroke-width", number(PngNetworkWriter.HALO_WIDTH),
                    "stroke-linejoin", "round", "paint-order", "stroke");
        }
        xml.writeCharacters(label.text());
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void element(XMLStreamWriter xml, String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(name);
        attributes(xml, attributes);
        xml.writeCharacters("\n");
    }

    private static void attributes(XMLStreamWriter xml, String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            xml.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    private static String points(List<Point> points) {
        return points.stream().map(point -> number(point.x()) + "," + number(point.y())).collect(Collectors.joining(" "));
    }

    /** At most two decimals, no trailing zeros, a dot whatever the locale. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }
}
