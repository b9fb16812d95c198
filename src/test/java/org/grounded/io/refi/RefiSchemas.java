package org.grounded.io.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/** Validates exports against the REFI-QDA schemas (kept outside the repository, see {@link SharedRefiSamples}). */
final class RefiSchemas {

    private RefiSchemas() {
    }

    /** Throws a SAXException naming the line and the rule when the XML breaks the schema. */
    static void validate(byte[] xml, Path schemaFile) throws SAXException, IOException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        Schema schema = factory.newSchema(schemaFile.toFile());
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static void validateProject(Path qdpx) throws SAXException, IOException {
        validate(entry(qdpx, "project.qde"), SharedRefiSamples.schema("Project-mrt2019.xsd"));
    }

    static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null) {
                throw new IOException(zip + " has no entry " + name);
            }
            return file.getInputStream(entry).readAllBytes();
        }
    }
}
