package org.grounded.export.network;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.grounded.analysis.network.NetworkNode;

/** What the GraphML and GEXF writers share: an indenting XML writer and how values are spelled. */
final class NetworkXml {

    /** Writes one XML document. */
    @FunctionalInterface
    interface Body {
        void write(NetworkXml xml) throws XMLStreamException;
    }

    private final XMLStreamWriter writer;
    private int depth;
    private boolean hasChildren;

    private NetworkXml(XMLStreamWriter writer) {
        this.writer = writer;
    }

    /** Writes a UTF-8 document; does not close the stream. */
    static void write(OutputStream out, String format, Body body) throws IOException {
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            NetworkXml xml = new NetworkXml(writer);
            body.write(xml);
            writer.writeCharacters("\n");
            writer.writeEndDocument();
            writer.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the " + format + ": " + e.getMessage(), e);
        }
    }

    XMLStreamWriter raw() {
        return writer;
    }

    void start(String name, String... attributes) throws XMLStreamException {
        indent();
        writer.writeStartElement(name);
        attributes(attributes);
        depth++;
        hasChildren = false;
    }

    void empty(String name, String... attributes) throws XMLStreamException {
        indent();
        writer.writeEmptyElement(name);
        attributes(attributes);
        hasChildren = true;
    }

    void emptyIn(String prefix, String namespace, String name, String... attributes) throws XMLStreamException {
        indent();
        writer.writeEmptyElement(prefix, name, namespace);
        attributes(attributes);
        hasChildren = true;
    }

    void text(String name, String text, String... attributes) throws XMLStreamException {
        indent();
        writer.writeStartElement(name);
        attributes(attributes);
        writer.writeCharacters(text);
        writer.writeEndElement();
        hasChildren = true;
    }

    void end() throws XMLStreamException {
        depth--;
        if (hasChildren) {
            indent();
        }
        writer.writeEndElement();
        hasChildren = true;
    }

    private void indent() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void attributes(String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            writer.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
        }
    }

    /** Full precision, a dot whatever the locale: another tool reads back the same number. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).toLowerCase(Locale.ROOT);
    }

    static String level(NetworkNode node) {
        return node.level() == null ? "" : node.level().displayName();
    }

    static String kind(Enum<?> kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
