package org.grounded.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import org.grounded.generate.StudyGenerator;
import org.grounded.generate.StudySize;
import org.grounded.model.ChangeSet;
import org.grounded.model.Code;
import org.grounded.model.Document;
import org.grounded.model.Edit;
import org.grounded.model.EntityEdit;
import org.grounded.model.Memo;
import org.grounded.model.Participant;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.grounded.model.RelationType;
import org.grounded.model.edits.CodeMergeEdits;
import org.grounded.model.edits.CodebookEdits;
import org.grounded.model.edits.CodingEdits;
import org.grounded.model.edits.MemoEdits;
import org.grounded.model.edits.ParticipantEdits;
import org.grounded.model.edits.RelationEdits;
import org.grounded.ui.codes.CodeDetailsViewModel;
import org.grounded.ui.codes.CodeTreeViewModel;
import org.grounded.ui.documents.DocumentsViewModel;
import org.grounded.ui.memos.MemosViewModel;
import org.grounded.ui.participants.ParticipantsViewModel;
import org.grounded.ui.prefs.CoderName;
import org.grounded.ui.quotations.QuotationInspectorViewModel;
import org.grounded.ui.quotations.QuotationsViewModel;
import org.grounded.ui.relations.RelationsViewModel;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.ProjectSaver;
import org.grounded.ui.session.ProjectSession;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.status.StatusBarViewModel;
import org.grounded.ui.task.TaskMonitor;
import org.grounded.ui.transcript.CodingViewModel;
import org.grounded.ui.transcript.TranscriptViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The panes refresh after an edit only what its {@link ChangeSet} names (decision 0003). Property:
 * after every step of a random sequence of edits, undos and redos, what each pane shows (its rows,
 * counts, highlights and details, as data) equals what the same panes show when built afresh on
 * the project as it now is. The oracle is the full rebuild every pane does when it is made.
 */
class IncrementalRefreshTest {

    private static final int STEPS = 300;
    private static final StudySize SMALL = new StudySize(4, 600, 24, 60, 3);

    /** Every pane of the main window that follows edits, on one workspace. */
    private record Panes(CodeTreeViewModel tree, CodeDetailsViewModel codeDetails, DocumentsViewModel documents,
                         QuotationsViewModel quotations, TranscriptViewModel transcript, CodingViewModel coding,
                         QuotationInspectorViewModel inspector, MemosViewModel memos,
                         ParticipantsViewModel participants, RelationsViewModel relations, StatusBarViewModel status) {

        static Panes on(Workspace workspace) {
            Editor editor = new Editor(workspace, new StubDialogService());
            CodeTreeViewModel tree = new CodeTreeViewModel(editor);
            TranscriptViewModel transcript = new TranscriptViewModel(workspace);
            return new Panes(tree, new CodeDetailsViewModel(editor, tree), new DocumentsViewModel(workspace),
                    new QuotationsViewModel(workspace), transcript,
                    new CodingViewModel(editor, transcript, CoderName.of(TestServices.CODER), TestServices.CLOCK),
                    new QuotationInspectorViewModel(editor, ZoneId.of("UTC")),
                    new MemosViewModel(editor, CoderName.of(TestServices.CODER), TestServices.CLOCK),
                    new ParticipantsViewModel(editor), new RelationsViewModel(editor),
                    new StatusBarViewModel(workspace, new SimpleObjectProperty<ProjectSaver>(), new TaskMonitor(),
                            TestServices.CLOCK));
        }

        /** What the panes show, as plain data, by pane. */
        Map<String, Object> shown() {
            Map<String, Object> shown = new LinkedHashMap<>();
            shown.put("code tree", tree.roots());
            shown.put("code groups", List.copyOf(tree.groups()));
            shown.put("code scopes", List.copyOf(tree.scopes()));
            shown.put("code details", List.of(String.valueOf(codeDetails.codeProperty().get()),
                    codeDetails.countsProperty().get(), List.copyOf(codeDetails.quotations())));
            shown.put("documents", List.copyOf(documents.documents()));
            shown.put("quotations", List.copyOf(quotations.rows()));
            shown.put("transcript document", String.valueOf(transcript.documentProperty().get()));
            shown.put("transcript heading", transcript.headingProperty().get());
            shown.put("transcript highlights", transcript.stylesProperty().get());
            shown.put("transcript margin", List.of(transcript.marginProperty().get().brackets(),
                    transcript.marginProperty().get().lanes(), transcript.marginProperty().get().columns()));
            shown.put("transcript coders", transcript.codersProperty().get());
            shown.put("transcript quotations", transcript.quotations());
            shown.put("coding", List.of(coding.lastCodeNameProperty().get(), coding.canCodeProperty().get(),
                    coding.quotationSelectedProperty().get()));
            shown.put("quotation inspector", String.valueOf(inspector.detailsProperty().get()));
            shown.put("memos", List.copyOf(memos.rows()));
            shown.put("memo details", String.valueOf(memos.detailsProperty().get()));
            shown.put("participants", List.copyOf(participants.participants()));
            shown.put("speakers", List.copyOf(participants.speakers()));
            shown.put("owners", List.copyOf(participants.owners()));
            shown.put("participant details", String.valueOf(participants.detailsProperty().get()));
            shown.put("relations", List.copyOf(relations.rows()));
            shown.put("relation codes", List.copyOf(relations.codes()));
            shown.put("relation types", List.copyOf(relations.types()));
            shown.put("relation chosen", String.valueOf(relations.selectedRowProperty().get()));
            shown.put("status counts", status.countsProperty().get());
            return shown;
        }
    }

    /** The live workspace, its panes refreshed edit by edit, and the random source of the steps. */
    private static final class Run {
        final Random random;
        final Project project;
        final Workspace workspace = new Workspace();
        final ProjectSession session;
        final Editor editor;
        final Panes panes;
        int names;
        final List<String> log = new ArrayList<>();

        Run(long seed) {
            random = new Random(seed);
            project = StudyGenerator.generate(SMALL, seed);
            session = ProjectSession.untitled(project);
            workspace.setSession(session);
            editor = new Editor(workspace, new StubDialogService());
            pickSelection();
            panes = Panes.on(workspace);
            choosePaneItems(panes);
        }

        /** What fresh panes show on a copy of the project as it is now, with the same choices. */
        Map<String, Object> fresh() {
            Workspace other = new Workspace();
            other.setSession(ProjectSession.untitled(project.copy()));
            other.selectedDocumentProperty().set(workspace.selectedDocumentProperty().get());
            other.selectedQuotationProperty().set(workspace.selectedQuotationProperty().get());
            other.selectedCodeProperty().set(workspace.selectedCodeProperty().get());
            Panes rebuilt = Panes.on(other);
            rebuilt.memos().selectedProperty().set(panes.memos().selectedProperty().get());
            rebuilt.participants().selectedProperty().set(panes.participants().selectedProperty().get());
            rebuilt.relations().selectedProperty().set(panes.relations().selectedProperty().get());
            return rebuilt.shown();
        }

        void pickSelection() {
            Document document = any(project.documents());
            workspace.selectedDocumentProperty().set(document == null ? null : document.id());
            Quotation quotation = document == null ? null : any(project.quotationsIn(document.id()));
            workspace.selectedQuotationProperty().set(quotation == null ? null : quotation.id());
            Code code = any(project.codes());
            workspace.selectedCodeProperty().set(code == null ? null : code.id());
        }

        void choosePaneItems(Panes chosen) {
            Memo memo = any(project.memos());
            chosen.memos().selectedProperty().set(memo == null ? null : memo.id());
            Participant participant = any(project.participants());
            chosen.participants().selectedProperty().set(participant == null ? null : participant.id());
            chosen.relations().selectedProperty().set(project.relations().isEmpty() ? null
                    : any(project.relations()).id());
        }

        <T> T any(java.util.Collection<T> items) {
            if (items.isEmpty()) {
                return null;
            }
            int index = random.nextInt(items.size());
            for (T item : items) {
                if (index-- == 0) {
                    return item;
                }
            }
            throw new AssertionError();
        }

        /** Codes shown in the viewer more often than elsewhere, so the viewer's panes see most edits. */
        Document documentToCode() {
            UUID shown = workspace.selectedDocumentProperty().get();
            return shown != null && random.nextInt(3) > 0 ? project.document(shown).orElseThrow()
                    : any(project.documents());
        }

        Quotation quotationToChange() {
            Document document = documentToCode();
            List<Quotation> quotations = project.quotationsIn(document.id());
            return quotations.isEmpty() ? any(project.quotations()) : any(quotations);
        }

        void perform(String what, Function<Project, Optional<EntityEdit>> build) {
            log.add(what);
            editor.perform(what, build);
        }

        Instant now() {
            return TestServices.CLOCK.instant();
        }

        /** One random step: an edit of one of many kinds, an undo, a redo, or now and then a new selection. */
        void step() {
            int kind = random.nextInt(20);
            switch (kind) {
                case 0, 1, 2 -> {
                    Document document = documentToCode();
                    int length = document.text().length();
                    int start = random.nextInt(length - 1);
                    int end = Math.min(length, start + 1 + random.nextInt(120));
                    List<UUID> codes = random.nextInt(6) == 0 ? List.of() : List.of(any(project.codes()).id());
                    perform("apply code", p -> CodingEdits.applyCodes(p, document.id(), start, end, codes,
                            TestServices.CODER, now()));
                }
                case 3 -> {
                    Quotation quotation = quotationToChange();
                    Code code = any(project.codes());
                    if (quotation == null) {
                        return;
                    }
                    perform("code an existing quotation", p -> CodingEdits.applyCodes(p, quotation.documentId(),
                            quotation.start(), quotation.end(), List.of(code.id()), "Other coder", now()));
                }
                case 4, 5 -> {
                    Quotation quotation = quotationToChange();
                    if (quotation != null && !quotation.codeIds().isEmpty()) {
                        UUID code = quotation.codeIds().get(random.nextInt(quotation.codeIds().size()));
                        perform("remove code", p -> CodingEdits.removeCode(p, quotation.id(), code));
                    }
                }
                case 6 -> {
                    Code code = any(project.codes());
                    String name = "Renamed " + names++;
                    perform("rename code", p -> CodebookEdits.rename(p, code.id(), name));
                }
                case 7 -> {
                    Code code = any(project.codes());
                    String colour = String.format("#%06X", random.nextInt(0x1000000));
                    perform("recolour code", p -> CodebookEdits.recolour(p, code.id(), colour));
                }
                case 8 -> {
                    Code code = any(project.codes());
                    Code parent = any(project.codes());
                    boolean top = random.nextInt(3) == 0;
                    perform("move code", p -> top ? CodebookEdits.moveToTopLevel(p, code.id())
                            : CodebookEdits.moveUnder(p, code.id(), parent.id()));
                }
                case 9 -> {
                    Code source = any(project.codes());
                    Code target = any(project.codes());
                    if (project.codes().size() > 4 && !source.id().equals(target.id())) {
                        perform("merge codes", p -> Optional.of(CodeMergeEdits.merge(p, source.id(), target.id())));
                    }
                }
                case 10 -> {
                    Code parent = random.nextBoolean() ? any(project.codes()) : null;
                    String name = "New code " + names++;
                    perform("new code", p -> Optional.of(parent == null ? CodebookEdits.createCode(p, name, "#336699")
                            : CodebookEdits.createSubCode(p, parent.id(), name, "#336699")));
                }
                case 11 -> {
                    Code code = any(project.codes());
                    if (project.codes().size() > 4) {
                        perform("delete code", p -> Optional.of(CodebookEdits.deleteCode(p, code.id())));
                    }
                }
                case 12 -> {
                    Memo memo = any(project.memos());
                    boolean create = memo == null || random.nextBoolean();
                    Quotation about = quotationToChange();
                    Code code = any(project.codes());
                    String text = "Memo text " + names++;
                    perform("memo", p -> create ? Optional.of(MemoEdits.createAbout(p,
                            List.of(random.nextBoolean() && about != null ? about.id() : code.id()), "Memo " + text,
                            text, TestServices.CODER, now())) : MemoEdits.edit(p, memo.id(), memo.title(), text, now()));
                }
                case 13 -> {
                    Participant participant = any(project.participants());
                    Document document = any(project.documents());
                    int what = random.nextInt(3);
                    String name = "Participant " + names++;
                    perform("participant", p -> switch (what) {
                        case 0 -> Optional.of(ParticipantEdits.create(p, name));
                        case 1 -> ParticipantEdits.rename(p, participant.id(), name);
                        default -> ParticipantEdits.assignDocument(p, participant.id(), document.id());
                    });
                }
                case 14 -> {
                    Code from = any(project.codes());
                    Code to = any(project.codes());
                    RelationType type = any(project.relationTypes());
                    if (!from.id().equals(to.id())) {
                        perform("relate codes", p -> Optional.of(RelationEdits.relate(p, from.id(), type.id(), to.id())));
                    }
                }
                case 15 -> {
                    Quotation quotation = quotationToChange();
                    if (quotation == null) {
                        return;
                    }
                    int what = random.nextInt(3);
                    String comment = "Comment " + names++;
                    perform("change quotation", p -> switch (what) {
                        case 0 -> CodingEdits.setComment(p, quotation.id(), comment);
                        case 1 -> CodingEdits.resizeQuotation(p, quotation.id(), quotation.start(),
                                Math.min(p.document(quotation.documentId()).orElseThrow().text().length(),
                                        quotation.end() + 1 + random.nextInt(30)));
                        default -> Optional.of(CodingEdits.deleteQuotation(p, quotation.id()));
                    });
                }
                case 16, 17 -> {
                    log.add("undo");
                    editor.commitPending();
                    session.undoManager().undo();
                }
                case 18 -> {
                    log.add("redo");
                    session.undoManager().redo();
                }
                default -> {
                    if (random.nextInt(3) == 0) {
                        log.add("select");
                        pickSelection();
                        choosePaneItems(panes);
                    } else {
                        log.add("undo");
                        session.undoManager().undo();
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void afterEveryEditUndoAndRedoThePanesShowWhatFreshPanesShow(long seed) {
        Run run = new Run(seed);
        assertThat(run.panes.shown()).isEqualTo(run.fresh());
        for (int step = 0; step < STEPS; step++) {
            run.step();
            Map<String, Object> live = run.panes.shown();
            Map<String, Object> fresh = run.fresh();
            int at = step;
            assertThat(live).as(() -> "seed " + seed + ", step " + at + " (" + run.log.get(run.log.size() - 1)
                    + "), after " + run.log).isEqualTo(fresh);
        }
        // The steps did reach the panes: edits of every kind were made, and some undone.
        assertThat(run.log).contains("apply code", "remove code", "rename code", "move code", "merge codes",
                "memo", "participant", "undo", "redo");
        assertThat(run.session.undoManager().undoSize()).isPositive();
    }

    /**
     * The property can fail: an edit that codes a passage but reports that it changed nothing
     * leaves the panes showing the old counts and highlights, and the comparison sees it.
     */
    @Test
    void anEditThatHidesWhatItChangedIsCaught() {
        Run run = new Run(3);
        Document shown = run.project.document(run.workspace.selectedDocumentProperty().get()).orElseThrow();
        Code code = run.project.codes().iterator().next();
        EntityEdit coding = CodingEdits.applyCodes(run.project, shown.id(), 0, 40, List.of(code.id()),
                TestServices.CODER, run.now()).orElseThrow();
        run.session.undoManager().perform(new Hiding(coding));

        Map<String, Object> live = run.panes.shown();
        Map<String, Object> fresh = run.fresh();

        assertThat(live.get("quotations")).isNotEqualTo(fresh.get("quotations"));
        assertThat(live.get("transcript highlights")).isNotEqualTo(fresh.get("transcript highlights"));
        assertThat(live.get("code tree")).isNotEqualTo(fresh.get("code tree"));
        assertThat(live.get("memos")).isEqualTo(fresh.get("memos"));
    }

    /** Undo and redo report what the edit reported. */
    @Test
    void undoAndRedoReportTheEditsChangeSet() {
        Run run = new Run(5);
        Document shown = run.project.documents().iterator().next();
        Code code = run.project.codes().iterator().next();
        run.perform("apply code", p -> CodingEdits.applyCodes(p, shown.id(), 3, 30, List.of(code.id()),
                TestServices.CODER, run.now()));
        ChangeSet applied = run.workspace.lastChange();
        run.session.undoManager().undo();
        ChangeSet undone = run.workspace.lastChange();
        run.session.undoManager().redo();

        assertThat(applied.quotedDocuments()).containsExactly(shown.id());
        assertThat(applied.countedCodes()).contains(code.id());
        assertThat(applied.structure()).isFalse();
        assertThat(undone).isEqualTo(applied);
        assertThat(run.workspace.lastChange()).isEqualTo(applied);
    }

    /** An edit that does what another does but says it changed nothing. */
    private record Hiding(Edit edit) implements Edit {
        @Override
        public String description() {
            return edit.description();
        }

        @Override
        public void applyTo(Project project) {
            edit.applyTo(project);
        }

        @Override
        public void revertFrom(Project project) {
            edit.revertFrom(project);
        }

        @Override
        public ChangeSet changeSet() {
            return ChangeSet.NOTHING;
        }
    }
}
