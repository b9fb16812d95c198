package org.grounded.io.transcript;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.grounded.model.Progress;
import org.grounded.model.SpeakerTurn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads transcripts: .txt and .md (UTF-8 with or without BOM, UTF-16 with or without BOM,
 * Windows-1252 / ISO-8859-1 fallback), .docx, .pdf, .odt, .rtf, .vtt and .srt; joins lines wrapped
 * by width into their paragraphs ({@link WrappedLines}, unless {@link #keepingLines}); finds
 * speaker turns.
 *
 * <p>Every text is brought to line feeds and Unicode NFC ({@link TextNormalizer}); speaker turns
 * come from {@code Name:} labels ({@link SpeakerTurnFinder}) or, for subtitles, from voice tags
 * and labels of the cues ({@link SubtitleTranscript}); the language is guessed from common words
 * ({@link LanguageGuesser}). A file that cannot be imported gets a {@link TranscriptImportException}
 * whose message names the file and says why.
 */
public final class TranscriptImporter {

    /** The extensions (without the dot) of the files the import reads: the one list the chooser, drag-and-drop and the messages use. */
    public static final List<String> EXTENSIONS = TranscriptFormat.extensions();

    private static final Logger LOG = LoggerFactory.getLogger(TranscriptImporter.class);

    private final ImportLimits limits;
    private final boolean keepLines;

    public TranscriptImporter() {
        this(ImportLimits.DEFAULT);
    }

    TranscriptImporter(ImportLimits limits) {
        this(limits, false);
    }

    private TranscriptImporter(ImportLimits limits, boolean keepLines) {
        this.limits = Objects.requireNonNull(limits);
        this.keepLines = keepLines;
    }

    /**
     * An importer that keeps every line break as it is in the file, instead of joining lines
     * wrapped by width into their paragraph ({@link WrappedLines}).
     */
    public TranscriptImporter keepingLines(boolean keep) {
        return new TranscriptImporter(limits, keep);
    }

    /** Reads one file. */
    public ImportedTranscript read(Path file) throws TranscriptImportException {
        Objects.requireNonNull(file, "file");
        TranscriptFormat format = TranscriptFormat.of(file).orElseThrow(() -> unsupported(file));
        SourceFileCheck.requireReadable(file, format, limits);
        ExtractedText extracted = TextNormalizer.normalize(extract(file, format));
        List<String> notes = new ArrayList<>(extracted.notes());
        String text;
        List<SpeakerTurn> turns;
        if (format.family() == TranscriptFormat.Family.SUBTITLES) {
            List<SubtitleCue> cues = format == TranscriptFormat.VTT
                    ? WebVttParser.parse(extracted.text(), notes) : SubRipParser.parse(extracted.text(), notes);
            SubtitleTranscript transcript = SubtitleTranscript.of(cues);
            text = transcript.text();
            turns = transcript.turns();
            notes.add(subtitleNote(transcript));
        } else {
            text = keepLines ? extracted.text() : joinWrappedLines(extracted.text(), format, notes);
            turns = SpeakerTurnFinder.find(text);
        }
        if (text.isBlank()) {
            throw new TranscriptImportException(file, emptyMessage(file, format));
        }
        if (text.length() > limits.maxTextChars()) {
            throw limits.textTooLong(file, text.length());
        }
        LOG.debug("Read {}: {} characters, {} turns, encoding '{}'", file, text.length(), turns.size(), extracted.encoding());
        return new ImportedTranscript(file, TranscriptFormat.baseName(file), text, turns, format.extension(),
                extracted.encoding(), LanguageGuesser.guess(text), notes);
    }

    /** Reads every file; a file that fails is reported as skipped and the rest go on. */
    public TranscriptImportResult readAll(List<Path> files, Progress progress) {
        List<ImportedTranscript> imported = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        int total = files.size();
        for (int i = 0; i < total; i++) {
            Path file = files.get(i);
            if (progress.isCancelled()) {
                files.subList(i, total).forEach(rest -> skipped.add(new SkippedFile(rest, "Not read: the import was cancelled.")));
                LOG.info("Transcript import cancelled after {} of {} files", i, total);
                break;
            }
            progress.update(i, total, "Reading " + TranscriptFormat.fileName(file));
            try {
                imported.add(read(file));
            } catch (TranscriptImportException e) {
                LOG.info("Skipped {}: {}", file, e.getMessage());
                skipped.add(new SkippedFile(file, e.getMessage()));
            } catch (RuntimeException e) {
                // A reader's bug or a library's surprise must not cost the user the other files.
                LOG.warn("Unexpected error reading {}", file, e);
                skipped.add(new SkippedFile(file, TranscriptFormat.fileName(file) + " could not be read because of an unexpected error ("
                        + e.getClass().getSimpleName() + "). The details are in the log."));
            }
        }
        progress.update(total, total, "Read " + imported.size() + " of " + total + " files");
        return new TranscriptImportResult(imported, skipped);
    }

    private ExtractedText extract(Path file, TranscriptFormat format) throws TranscriptImportException {
        return switch (format) {
            case TXT, MD, VTT, SRT -> decode(file);
            case DOCX -> DocxTextExtractor.extract(file, limits);
            case ODT -> OdtTextExtractor.extract(file, limits);
            case PDF -> PdfTextExtractor.extract(file, limits);
            case RTF -> RtfTextExtractor.extract(file, limits);
        };
    }

    private static ExtractedText decode(Path file) throws TranscriptImportException {
        String name = TranscriptFormat.fileName(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TranscriptImportException(file, name + " was not found (was it moved or deleted?): " + file, e);
        } catch (AccessDeniedException e) {
            throw new TranscriptImportException(file, name + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new TranscriptImportException(file, name + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return TextDecoder.decode(bytes);
        } catch (TextDecoder.BinaryContentException e) {
            throw new TranscriptImportException(file, name + " " + e.getMessage() + ".", e);
        }
    }

    private static String joinWrappedLines(String text, TranscriptFormat format, List<String> notes) {
        String joined = WrappedLines.join(text, format == TranscriptFormat.PDF);
        long joinedLines = lineCount(text) - lineCount(joined);
        if (joinedLines > 0) {
            notes.add(joinedLines + " line break(s) where the lines were wrapped by width were joined into their paragraphs"
                    + " (to keep them, import from the command line with --keep-lines).");
        }
        return joined;
    }

    private static long lineCount(String text) {
        return text.chars().filter(c -> c == '\n').count();
    }

    private static TranscriptImportException unsupported(Path file) {
        String name = TranscriptFormat.fileName(file);
        String extension = TranscriptFormat.extensionOf(file);
        String what = extension.isEmpty() ? name + " has no file extension, so its type is unknown."
                : name + " cannot be imported: ." + extension + " files are not supported.";
        return new TranscriptImportException(file, what + " Supported types: " + TranscriptFormat.supportedList() + ".");
    }

    private static String emptyMessage(Path file, TranscriptFormat format) {
        String name = TranscriptFormat.fileName(file);
        return switch (format.family()) {
            case PLAIN_TEXT -> name + " is empty: it holds only white space.";
            case SUBTITLES -> name + " has no subtitle text to import.";
            case CONTAINER -> name + " contains no text.";
        };
    }

    private static String subtitleNote(SubtitleTranscript transcript) {
        String speakers = transcript.turns().isEmpty() ? "no speaker names were found"
                : transcript.cueCount() + " cues became " + transcript.turns().size() + " speaker turns";
        return "Cue numbers and timing lines were left out; " + speakers + ".";
    }
}
