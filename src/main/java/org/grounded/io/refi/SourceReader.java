package org.grounded.io.refi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.grounded.model.AttributeScope;
import org.grounded.model.Progress;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads the Sources of a project: the text of each TextSource (inline, from a file, or converted
 * from its .docx when it has no plain text) with its selections, still counted the exporter's
 * way. Sources of other kinds are counted and reported, never silently dropped.
 */
final class SourceReader {

    record PendingCoding(String codeGuid, String userGuid, String created, String guid) {
    }

    /** A selection before its positions are converted; {@code wholeText} for a coding of the whole source. */
    record PendingSelection(UUID id, long start, long end, boolean wholeText, List<PendingCoding> codings,
                            String description, String userGuid, String created, String modified, String name) {
    }

    record PendingSource(UUID id, String name, SourceText text, String userGuid, String created,
                         GroundedExtension.SourceData extra, List<PendingSelection> selections, String description) {
    }

    private static final Map<String, String> OTHER_KINDS = Map.of(
            "PDFSource", "PDF source", "PictureSource", "picture source",
            "AudioSource", "audio source", "VideoSource", "video source");

    private final RefiIds ids;
    private final ImportLog log;
    private final NoteReferences notes;
    private final VariableReader variables;
    private final SourceFiles files;

    SourceReader(RefiIds ids, ImportLog log, NoteReferences notes, VariableReader variables, SourceFiles files) {
        this.ids = ids;
        this.log = log;
        this.notes = notes;
        this.variables = variables;
        this.files = files;
    }

    List<PendingSource> read(Element sources, Progress progress) throws RefiImportException {
        List<Element> elements = new ArrayList<>();
        for (Node node = sources.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        List<PendingSource> result = new ArrayList<>();
        int done = 0;
        for (Element element : elements) {
            if (progress.isCancelled()) {
                throw new CancellationException("Import cancelled");
            }
            String kind = Dom.localName(element);
            progress.update(done++, elements.size(), "Reading " + Dom.attribute(element, "name").orElse(kind));
            if (kind.equals("TextSource")) {
                readText(element, result.size() + 1).ifPresent(result::add);
            } else if (OTHER_KINDS.containsKey(kind)) {
                Dom.attribute(element, "guid").ifPresent(guid -> ids.claim(RefiIds.Kind.OTHER_SOURCE, guid));
                log.skip(OTHER_KINDS.get(kind), "Grounded analyses text; PDF, picture, audio and video sources are not imported");
                int coded = countSelections(element);
                log.skip("coded segment in a non-text source", coded, "its source was not imported");
            } else {
                log.skip(kind + " element in Sources", "it is not a kind of source REFI-QDA defines");
            }
        }
        return result;
    }

    private Optional<PendingSource> readText(Element element, int number) throws RefiImportException {
        String guid = Dom.attribute(element, "guid").orElse("source:" + number);
        UUID id = ids.claim(RefiIds.Kind.SOURCE, guid);
        String name = Dom.attribute(element, "name").orElseGet(() -> nameFromPath(element).orElse("Source " + number));
        SourceText text;
        Optional<byte[]> rich;
        try {
            rich = richText(element, id, name);
            text = text(element, name, rich);
        } catch (SourceFiles.External e) {
            log.external("text source '" + name + "'", e.file());
            log.skip("text source", "its text is a file outside the archive, not read unless allowed (listed below)");
            log.skip("coded segment in a text source that was not read",
                    Dom.children(element, "PlainTextSelection").size(), "its text is outside the archive");
            return Optional.empty();
        } catch (SourceFiles.Missing e) {
            log.skip("text source", "'" + name + "': " + e.getMessage());
            log.skip("coded segment in a text source that could not be read",
                    Dom.children(element, "PlainTextSelection").size(), "its text is missing");
            return Optional.empty();
        }
        if (!text.fallbackEncoding().isEmpty()) {
            log.note("The text of '" + name + "' is not UTF-8; it was read as " + text.fallbackEncoding());
        }
        variables.readValues(element, AttributeScope.DOCUMENT, id);
        noteRefs(element, NoteReferences.Holder.DOCUMENT, id);
        List<PendingSelection> selections = new ArrayList<>();
        for (Element selection : Dom.children(element, "PlainTextSelection")) {
            selection(selection).ifPresent(selections::add);
        }
        List<PendingCoding> whole = codings(element);
        if (!whole.isEmpty()) {
            selections.add(new PendingSelection(RefiValues.derived("whole-text", id), 0, 0, true, whole, "",
                    element.getAttribute("creatingUser"), element.getAttribute("creationDateTime"), "", ""));
        }
        GroundedExtension.SourceData extra =
                GroundedExtension.read(element, GroundedExtension.SourceData.class, log).orElse(null);
        return Optional.of(new PendingSource(id, name, text, element.getAttribute("creatingUser"),
                element.getAttribute("creationDateTime"), extra, selections, ids.form().description(element, id).strip()));
    }

    /**
     * The bytes of the source's rich-text file when it is a file in the archive's sources folder,
     * kept for the export as they are (read within the archive's limits, like every entry).
     */
    private Optional<byte[]> richText(Element element, UUID id, String name) throws RefiImportException {
        Optional<String> rich = Dom.attribute(element, "richTextPath");
        if (rich.isEmpty() || !rich.get().toLowerCase(Locale.ROOT).startsWith("internal://")) {
            return Optional.empty();
        }
        String file = rich.get().substring("internal://".length());
        if (!plainFileName(file) || !file.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            log.note("The rich text of '" + name + "' (" + rich.get() + ") is not a .docx in the archive's sources folder;"
                    + " it was not kept");
            return Optional.empty();
        }
        try {
            byte[] content = files.read(rich.get());
            ids.form().richText(id, rich.get(), content);
            return Optional.of(content);
        } catch (SourceFiles.Missing e) {
            log.note("The rich text of '" + name + "' is not kept: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A name that stays inside the sources folder when written back: no folders, no "..", no drive. */
    static boolean plainFileName(String name) {
        return !name.isBlank() && !name.equals(".") && !name.equals("..") && name.chars().noneMatch(c -> c == '/' || c == '\\'
                || c == ':' || c < 0x20) && name.length() <= 255;
    }

    private SourceText text(Element element, String name, Optional<byte[]> richBytes)
            throws SourceFiles.Missing, RefiImportException {
        Optional<Element> inline = Dom.child(element, "PlainTextContent");
        if (inline.isPresent()) {
            return SourceText.of(inline.get().getTextContent());
        }
        Optional<String> plain = Dom.attribute(element, "plainTextPath");
        Optional<String> rich = Dom.attribute(element, "richTextPath");
        SourceFiles.Missing missing = null;
        if (plain.isPresent()) {
            try {
                return SourceText.decode(files.read(plain.get()));
            } catch (SourceFiles.Missing e) {
                missing = e;
            }
        }
        if (rich.isPresent()) {
            if (!rich.get().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                throw missing != null ? missing
                        : new SourceFiles.Missing("it has no plain text, and its rich text " + rich.get() + " is not a .docx");
            }
            try {
                String converted = SourceFiles.docxText(richBytes.isPresent() ? richBytes.get() : files.read(rich.get()));
                log.note("'" + name + "' had no plain text; its text was taken from " + rich.get()
                        + (Dom.children(element, "PlainTextSelection").isEmpty() ? ""
                        : ", so its selections may be shifted where the tool's plain text differs"));
                return SourceText.of(converted);
            } catch (IOException e) {
                throw new SourceFiles.Missing("its .docx " + rich.get() + " cannot be read: " + e.getMessage());
            }
        }
        throw missing != null ? missing : new SourceFiles.Missing("it has neither text nor a path to one");
    }

    private Optional<PendingSelection> selection(Element element) {
        Optional<Long> start = number(element.getAttribute("startPosition"));
        Optional<Long> end = number(element.getAttribute("endPosition"));
        if (start.isEmpty() || end.isEmpty()) {
            log.skip("selection", "its start or end position is not a number");
            return Optional.empty();
        }
        String guid = Dom.attribute(element, "guid").orElse("selection:" + start.get() + "-" + end.get());
        UUID id = ids.claim(RefiIds.Kind.SELECTION, guid);
        noteRefs(element, NoteReferences.Holder.QUOTATION, id);
        return Optional.of(new PendingSelection(id, start.get(), end.get(), false, codings(element),
                ids.form().description(element, id).strip(), element.getAttribute("creatingUser"),
                element.getAttribute("creationDateTime"), element.getAttribute("modifiedDateTime"),
                element.getAttribute("name")));
    }

    private static List<PendingCoding> codings(Element parent) {
        List<PendingCoding> codings = new ArrayList<>();
        for (Element coding : Dom.children(parent, "Coding")) {
            Dom.child(coding, "CodeRef").flatMap(ref -> Dom.attribute(ref, "targetGUID")).ifPresent(code ->
                    codings.add(new PendingCoding(code, coding.getAttribute("creatingUser"),
                            coding.getAttribute("creationDateTime"), coding.getAttribute("guid"))));
        }
        return codings;
    }

    private void noteRefs(Element element, NoteReferences.Holder holder, UUID id) {
        for (Element ref : Dom.children(element, "NoteRef")) {
            Dom.attribute(ref, "targetGUID").ifPresent(note -> notes.add(note, holder, id));
        }
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> nameFromPath(Element element) {
        return Dom.attribute(element, "plainTextPath").or(() -> Dom.attribute(element, "richTextPath")).map(path -> {
            String slashes = path.replace('\\', '/');
            String file = slashes.substring(slashes.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }).filter(name -> !name.isBlank());
    }

    /** Coded segments of a non-text source: its selections of every kind, also inside transcripts and representations. */
    private static int countSelections(Element element) {
        int count = 0;
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                String name = Dom.localName(child);
                if (name.endsWith("Selection")) {
                    count++;
                } else if (name.equals("Transcript") || name.equals("Representation")) {
                    count += countSelections(child);
                }
            }
        }
        return count;
    }
}
