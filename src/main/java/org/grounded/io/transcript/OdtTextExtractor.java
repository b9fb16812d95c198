package org.grounded.io.transcript;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the text of an OpenDocument text file (.odt, as LibreOffice writes it): a zip whose
 * content.xml holds paragraphs ({@code text:p}) and headings ({@code text:h}). Each becomes a
 * line; {@code text:s}, {@code text:tab} and {@code text:line-break} become spaces, tabs and line
 * breaks; spans and links are read through. Footnotes, comments and deleted text of tracked
 * changes are not part of what was said and are left out.
 *
 * <p>The XML is read with StAX without DTDs or external entities, so a crafted file cannot make
 * the import read other files or the network.
 */
final class OdtTextExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(OdtTextExtractor.class);

    static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

    /** Elements whose text is not part of the body: footnotes, comments, tracked deletions. */
    private static final Set<String> SKIPPED = Set.of("note", "annotation", "tracked-changes", "sequence-decls");

    private OdtTextExtractor() {
    }

    static ExtractedText extract(Path file, ImportLimits limits) throws TranscriptImportException {
        String name = TranscriptFormat.fileName(file);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new TranscriptImportException(file, name + " is not an OpenDocument text: it has no content.xml.");
            }
            // Text can be at most a few bytes of XML per character; more XML than that is not a transcript.
            long maxXmlBytes = limits.maxTextChars() * 8;
            try (InputStream in = new LimitedInputStream(zip.getInputStream(content), maxXmlBytes)) {
                return ExtractedText.of(read(in, limits));
            }
        } catch (ParagraphText.TextTooLongException | LimitedInputStream.LimitExceededException e) {
            throw limits.textTooLong(file, e);
        } catch (ZipException e) {
            LOG.debug("Cannot open {} as a zip", file, e);
            throw new TranscriptImportException(file, name + " is damaged or is not an OpenDocument text (.odt).", e);
        } catch (XMLStreamException | IOException | RuntimeException e) {
            LOG.debug("Cannot read the content of {}", file, e);
            throw new TranscriptImportException(file, name + " is damaged: its text (content.xml) cannot be read.", e);
        }
    }

    private static String read(InputStream in, ImportLimits limits) throws XMLStreamException {
        XMLStreamReader reader = secureFactory().createXMLStreamReader(in);
        try {
            ParagraphText text = new ParagraphText(limits.maxTextChars());
            OdtParagraphs paragraphs = new OdtParagraphs(text);
            int skipDepth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (skipDepth > 0 || isSkipped(reader)) {
                        skipDepth++;
                    } else if (TEXT_NS.equals(reader.getNamespaceURI())) {
                        paragraphs.start(reader.getLocalName(), reader.getAttributeValue(TEXT_NS, "c"));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (skipDepth > 0) {
                        skipDepth--;
                    } else if (TEXT_NS.equals(reader.getNamespaceURI())) {
                        paragraphs.end(reader.getLocalName());
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) && skipDepth == 0) {
                    paragraphs.characters(reader.getText());
                }
            }
            return text.text();
        } finally {
            reader.close();
        }
    }

    private static boolean isSkipped(XMLStreamReader reader) {
        String namespace = reader.getNamespaceURI();
        return (TEXT_NS.equals(namespace) || OFFICE_NS.equals(namespace)) && SKIPPED.contains(reader.getLocalName());
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }

    /** Stops reading a zip entry that inflates past a limit (a zip bomb). */
    static final class LimitedInputStream extends FilterInputStream {
        private long remaining;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(long bytes) {
            remaining -= bytes;
            if (remaining < 0) {
                throw new LimitExceededException();
            }
        }

        /** The entry is larger than the import reads. */
        static final class LimitExceededException extends RuntimeException {
            private static final long serialVersionUID = 1L;

            LimitExceededException() {
                super("zip entry too large");
            }
        }
    }
}
