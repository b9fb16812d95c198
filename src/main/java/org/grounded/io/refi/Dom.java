package org.grounded.io.refi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ProcessingInstruction;

/**
 * Reading REFI-QDA elements by local name. Namespaces are ignored on purpose: exporters write
 * {@code urn:QDA-XML:project:1.0}, older ones other versions, and the codebook has its own; the
 * element names are what identifies the content.
 */
final class Dom {

    private Dom() {
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(localName(element))) {
                result.add(element);
            }
        }
        return result;
    }

    static Optional<Element> child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(localName(element))) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /** The children of the first child named {@code container}, such as every Code in Codes. */
    static List<Element> grandchildren(Element parent, String container, String localName) {
        return child(parent, container).map(c -> children(c, localName)).orElse(List.of());
    }

    static String localName(Element element) {
        String local = element.getLocalName();
        return local != null ? local : element.getTagName();
    }

    /** The attribute's value, empty when missing or blank. */
    static Optional<String> attribute(Element element, String name) {
        String value = element.getAttribute(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The text of a child element such as Description, "" when absent. */
    static String childText(Element parent, String localName) {
        return child(parent, localName).map(Element::getTextContent).orElse("");
    }

    /** The data of this element's own processing instruction with the given target, if any. */
    static Optional<String> instruction(Element parent, String target) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof ProcessingInstruction pi && target.equals(pi.getTarget())) {
                return Optional.of(pi.getData());
            }
        }
        return Optional.empty();
    }
}
