package org.grounded.io.refi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.w3c.dom.Element;

/**
 * Reads Notes: their text is inline ({@code PlainTextContent}), in a file ({@code plainTextPath},
 * as NVivo and Grounded write memos), or only in a .docx. A note whose file is missing keeps its
 * name and description, and the report says its text could not be read.
 */
final class NoteReader {

    record PendingNote(String guid, UUID id, String name, String text, String userGuid, String created,
                       String modified) {
    }

    private final RefiIds ids;
    private final ImportLog log;
    private final SourceFiles files;

    NoteReader(RefiIds ids, ImportLog log, SourceFiles files) {
        this.ids = ids;
        this.log = log;
        this.files = files;
    }

    List<PendingNote> read(Element notes) throws RefiImportException {
        List<PendingNote> result = new ArrayList<>();
        for (Element note : Dom.children(notes, "Note")) {
            String guid = Dom.attribute(note, "guid").orElse("note:" + result.size());
            UUID id = ids.claim(RefiIds.Kind.NOTE, guid);
            String name = Dom.attribute(note, "name").orElse("");
            String text = text(note, name);
            String description = Dom.childText(note, "Description").strip();
            if (!description.isEmpty() && !description.equals(text.strip())) {
                text = text.isBlank() ? description : description + "\n\n" + text;
            }
            log.skip("selection inside a note", Dom.children(note, "PlainTextSelection").size(),
                    "notes are imported as whole memos");
            result.add(new PendingNote(guid, id, name, text, note.getAttribute("creatingUser"),
                    note.getAttribute("creationDateTime"), note.getAttribute("modifiedDateTime")));
        }
        return result;
    }

    private String text(Element note, String name) throws RefiImportException {
        Optional<Element> inline = Dom.child(note, "PlainTextContent");
        if (inline.isPresent()) {
            return SourceText.of(inline.get().getTextContent()).text();
        }
        Optional<String> plain = Dom.attribute(note, "plainTextPath");
        Optional<String> rich = Dom.attribute(note, "richTextPath");
        try {
            if (plain.isPresent()) {
                return SourceText.decode(files.read(plain.get())).text();
            }
            if (rich.isPresent() && rich.get().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                return SourceText.of(SourceFiles.docxText(files.read(rich.get()))).text();
            }
            return "";
        } catch (SourceFiles.External e) {
            log.external("note '" + name + "'", e.file());
            log.skip("note text", "it is a file outside the archive, not read unless allowed (the memo was kept without it)");
            return "";
        } catch (SourceFiles.Missing e) {
            log.skip("note text", "note '" + name + "': " + e.getMessage() + " (the memo was kept without it)");
            return "";
        } catch (IOException e) {
            log.skip("note text", "note '" + name + "': its .docx cannot be read (the memo was kept without it)");
            return "";
        }
    }
}
