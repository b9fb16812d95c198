package org.grounded.io.project;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grounded.model.Code;
import org.grounded.model.CodingLevel;
import org.grounded.model.Document;
import org.grounded.model.Entity;
import org.grounded.model.Project;
import org.grounded.model.ProjectInfo;
import org.grounded.model.Quotation;

/**
 * The saving Grounded that {@link AtomicSaveCrashTest} kills: saves versions {@code FIRST},
 * {@code FIRST + 1}, ... of a large project to one file, without end, printing "saved" after the
 * first. Every version has the same long documents and a number of quotations that depends on
 * the version, so that a half-written file could not pass for a complete one.
 */
public final class SavingLoopMain {

    static final int DOCUMENTS = 3;
    static final int SENTENCES = 2_000;
    static final int CODES = 24;
    private static final Instant CREATED = Instant.parse("2021-03-04T10:15:30Z");
    private static final String DESCRIPTION_PREFIX = "version ";

    private SavingLoopMain() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        ProjectFileStore store = new ProjectFileStore();
        for (int version = first; ; version++) {
            store.save(version(version), file);
            if (version == first) {
                System.out.println("saved");
                System.out.flush();
            }
        }
    }

    /** How many quotations version {@code version} has: it grows and shrinks from one version to the next. */
    static int quotationCount(int version) {
        return 1_500 + Math.floorMod(version, 4) * 700;
    }

    static int versionOf(Project project) {
        return Integer.parseInt(project.info().description().substring(DESCRIPTION_PREFIX.length()));
    }

    static Project version(int version) {
        List<Entity> entities = new ArrayList<>();
        List<Document> documents = documents();
        List<Code> codes = codes();
        entities.addAll(documents);
        entities.addAll(codes);
        for (int i = 0; i < quotationCount(version); i++) {
            Document document = documents.get(i % DOCUMENTS);
            int sentence = (i * 7) % SENTENCES;
            int start = sentence * sentence(0).length();
            entities.add(new Quotation(id("quotation", i), document.id(), start, start + sentence(sentence).length(),
                    List.of(codes.get(i % CODES).id(), codes.get((i * 5 + 1) % CODES).id()), "", "coder " + (i % 3),
                    CREATED));
        }
        return Project.restore(new ProjectInfo("Crash test", DESCRIPTION_PREFIX + version, CREATED), entities);
    }

    static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < SENTENCES; s++) {
                text.append(sentence(s));
            }
            documents.add(new Document(id("document", d), "Entrevista " + d, text.toString(), "", CREATED, "es",
                    null, null, null));
        }
        return documents;
    }

    /** Sentences of equal length, with accents and an emoji, so quotations never cut a character. */
    private static String sentence(int index) {
        return String.format("Frase %05d: ¿Dónde está mi bebé? 🍼 Donar leche es dar vida.%n", index);
    }

    private static List<Code> codes() {
        List<Code> codes = new ArrayList<>();
        for (int c = 0; c < CODES; c++) {
            UUID parent = c < 4 ? null : codes.get(c % 4).id();
            codes.add(new Code(id("code", c), "Código " + c, String.format("#%06X", c * 0x0A0B0C), "", parent,
                    CodingLevel.values()[c % 3], c == 0));
        }
        return codes;
    }

    private static UUID id(String kind, int index) {
        return UUID.nameUUIDFromBytes((kind + index).getBytes(StandardCharsets.UTF_8));
    }
}
