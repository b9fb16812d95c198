package org.grounded.io.refi;

import java.io.ByteArrayOutputStream;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Building REFI-QDA XML: elements in one namespace, text made safe for XML 1.0. */
final class XmlOut {

    private final Document document;
    private final String namespace;

    XmlOut(String namespace) {
        this.document = SecureXml.newDocument();
        this.namespace = namespace;
    }

    Document document() {
        return document;
    }

    Element root(String name) {
        Element root = document.createElementNS(namespace, name);
        document.appendChild(root);
        return root;
    }

    Element add(Element parent, String name) {
        Element element = document.createElementNS(namespace, name);
        parent.appendChild(element);
        return element;
    }

    /** Adds an element holding text. */
    Element add(Element parent, String name, String text) {
        Element element = add(parent, name);
        element.setTextContent(safe(text));
        return element;
    }

    /** Sets an attribute; nothing for a null or empty value, so optional attributes stay out. */
    static void set(Element element, String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            element.setAttribute(name, safe(value.toString()));
        }
    }

    /**
     * Drops the characters XML 1.0 cannot hold at all (control characters other than tab and line
     * breaks, unpaired surrogates); a text that had them would make the whole file unreadable.
     */
    static String safe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null && allowed) {
                out.append(c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            SecureXml.writer().transform(new DOMSource(document), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the XML: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
