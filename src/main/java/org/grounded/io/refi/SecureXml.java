package org.grounded.io.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import org.w3c.dom.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsing and writing set up so that a file can never make Grounded read other files or the
 * network: no DOCTYPE at all (which rules out external entities and entity-expansion bombs), no
 * external DTDs or schemas, no XInclude, secure processing on. REFI-QDA files never need a DTD.
 */
final class SecureXml {

    /** Errors become exceptions (with the message the user sees); nothing goes to standard error. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            LOG.debug("XML warning: {}", exception.getMessage());
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };
    private static final Logger LOG = LoggerFactory.getLogger(SecureXml.class);

    private SecureXml() {
    }

    /**
     * Parses an XML document.
     *
     * @param file  the file the user chose, for the message
     * @param entry the part of it being parsed ("project.qde"), for the message
     */
    static Document parse(byte[] xml, Path file, String entry) throws RefiImportException {
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            builder.setErrorHandler(QUIET);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new RefiImportException(file, entry + " declares a DOCTYPE; Grounded refuses XML with document "
                        + "type declarations or entities, which can make a reader leak local files", e);
            }
            throw new RefiImportException(file, entry + " is not well-formed XML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + ": " + message + ")", e);
        } catch (SAXException | IOException e) {
            throw new RefiImportException(file, entry + " cannot be read as XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be set up: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException e) {
            // Without these features Grounded cannot parse safely, so it does not parse at all.
            throw new IllegalStateException("The XML parser cannot be made safe: " + e.getMessage(), e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        return factory;
    }

    /** A new, empty document to build an export in. */
    static Document newDocument() {
        try {
            return factory().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Cannot create an XML document: " + e.getMessage(), e);
        }
    }

    /** A transformer that writes a DOM as indented UTF-8 and fetches nothing from outside. */
    static Transformer writer() {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            return transformer;
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("Cannot set up XML output: " + e.getMessage(), e);
        }
    }
}
