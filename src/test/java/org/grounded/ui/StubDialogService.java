package org.grounded.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.grounded.ui.dialog.DialogService;
import org.grounded.ui.dialog.FileChooserSpec;
import org.grounded.ui.cases.CaseImportViewModel;
import org.grounded.ui.importer.ImportDialogViewModel;
import org.grounded.ui.refi.CodeMappingViewModel;
import org.grounded.ui.refi.CodebookPreviewViewModel;
import org.grounded.ui.refi.ExternalSourcesViewModel;

/**
 * Answers dialogs for the user in tests: scripted answers are taken in order, and everything
 * shown is recorded so a test can check what the user was told.
 */
public final class StubDialogService implements DialogService {

    /** What was shown: its kind ("info", "error", "confirm", "choose"), title and message. */
    public record Shown(String kind, String title, String message) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<Optional<?>> choices = new ArrayDeque<>();
    /** Answers to {@link #askText}, in order; an empty deque answers "cancelled". */
    public final Deque<Optional<String>> texts = new ArrayDeque<>();
    /** Answers to {@link #pick}: the label of the item to pick, or empty for "cancelled". */
    public final Deque<Optional<String>> picks = new ArrayDeque<>();
    public final Deque<Optional<Path>> openFiles = new ArrayDeque<>();
    public final Deque<List<Path>> openMultiple = new ArrayDeque<>();
    public final Deque<Optional<Path>> saveFiles = new ArrayDeque<>();
    public Function<ImportDialogViewModel, Boolean> importDialog = viewModel -> true;
    public ImportDialogViewModel lastImport;
    public Function<CodebookPreviewViewModel, Boolean> codebookPreview = viewModel -> true;
    public CodebookPreviewViewModel lastCodebookPreview;
    /** Answers the question about files outside a .qdpx; the default leaves them out and goes on. */
    public Function<ExternalSourcesViewModel, Boolean> externalSources = viewModel -> true;
    public ExternalSourcesViewModel lastExternalSources;
    /** Answers the preview of a spreadsheet of cases; the default imports it as the preview guessed. */
    public Function<CaseImportViewModel, Boolean> caseImport = viewModel -> true;
    public CaseImportViewModel lastCaseImport;
    /** Answers the stop-word editor (after changing its view model as the user would); saves by default. */
    public Function<org.grounded.ui.analysis.words.StopWordsDialogViewModel, Boolean> stopWords = viewModel -> true;
    /** Answers the merge's question about codes that match none of ours; the default adds them as new. */
    public Function<CodeMappingViewModel, Boolean> codeMapping = viewModel -> true;
    public CodeMappingViewModel lastCodeMapping;
    /** The file choosers shown, in order. */
    /** Answers File → Study properties (after changing its view model as the user would). */
    public Function<org.grounded.ui.main.StudyPropertiesViewModel, Boolean> studyProperties = viewModel -> true;
    /** Answers File → Export study report's options dialog (and may change its options and folder first). */
    public Function<org.grounded.ui.report.ReportOptionsViewModel, Boolean> reportOptions = viewModel -> true;
    public org.grounded.ui.report.ReportOptionsViewModel lastReportOptions;
    public final List<FileChooserSpec> choosers = new ArrayList<>();

    public List<Shown> errors() {
        return shown.stream().filter(s -> s.kind().equals("error")).toList();
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("info", title, message));
    }

    @Override
    public void showInformation(String title, String message, String details) {
        shown.add(new Shown("info", title, message + "\n" + details));
    }

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showError(String title, String message, Throwable cause) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        shown.add(new Shown("confirm", title, message));
        return confirmations.isEmpty() ? false : confirmations.pop();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String message, List<Choice<T>> options) {
        shown.add(new Shown("choose", title, message));
        return choices.isEmpty() ? Optional.empty() : (Optional<T>) choices.pop();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        shown.add(new Shown("ask", title, message));
        return texts.isEmpty() ? Optional.empty() : texts.pop();
    }

    @Override
    public <T> Optional<T> pick(String title, String message, List<T> options, Function<T, String> label) {
        shown.add(new Shown("pick", title, message));
        Optional<String> wanted = picks.isEmpty() ? Optional.empty() : picks.pop();
        return wanted.flatMap(name -> options.stream().filter(option -> label.apply(option).equals(name)).findFirst());
    }

    @Override
    public Optional<Path> showOpenDialog(FileChooserSpec spec) {
        choosers.add(spec);
        return openFiles.isEmpty() ? Optional.empty() : openFiles.pop();
    }

    @Override
    public List<Path> showOpenMultipleDialog(FileChooserSpec spec) {
        choosers.add(spec);
        return openMultiple.isEmpty() ? List.of() : openMultiple.pop();
    }

    @Override
    public Optional<Path> showSaveDialog(FileChooserSpec spec) {
        choosers.add(spec);
        return saveFiles.isEmpty() ? Optional.empty() : saveFiles.pop();
    }

    /** Answers a feature's dialog from its view model, without building the dialog. */
    @Override
    public <M> boolean showDialog(M viewModel, DialogView<M> view) {
        if (viewModel instanceof ImportDialogViewModel importViewModel) {
            lastImport = importViewModel;
            return importDialog.apply(importViewModel);
        }
        if (viewModel instanceof CodebookPreviewViewModel preview) {
            lastCodebookPreview = preview;
            return codebookPreview.apply(preview);
        }
        if (viewModel instanceof CaseImportViewModel cases) {
            lastCaseImport = cases;
            return caseImport.apply(cases);
        }
        if (viewModel instanceof org.grounded.ui.analysis.words.StopWordsDialogViewModel words) {
            return stopWords.apply(words);
        }
        if (viewModel instanceof ExternalSourcesViewModel external) {
            lastExternalSources = external;
            return externalSources.apply(external);
        }
        if (viewModel instanceof CodeMappingViewModel mapping) {
            lastCodeMapping = mapping;
            return codeMapping.apply(mapping);
        }
        if (viewModel instanceof org.grounded.ui.report.ReportOptionsViewModel options) {
            lastReportOptions = options;
            return reportOptions.apply(options);
        }
        if (viewModel instanceof org.grounded.ui.main.StudyPropertiesViewModel properties) {
            return studyProperties.apply(properties);
        }
        throw new IllegalArgumentException("The stub has no answer for a dialog on " + viewModel);
    }
}
