package org.grounded.ui.analysis.quotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.grounded.analysis.report.QuotationRow;
import org.grounded.cli.GroundedCommand;
import org.grounded.export.table.Rfc4180;
import org.grounded.io.project.ProjectFileStore;
import org.grounded.model.Project;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.analysis.Choice;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The browser's filters, given to {@code grounded quotes}, list the same quotations in the same
 * order on the sample study; each filter also narrows the list, so a filter one side ignored fails.
 */
class QuotesCommandMatchesTheBrowserTest {

    @TempDir
    Path folder;

    private Path file;
    private QuotationsBrowserViewModel browser;
    private int total;

    @BeforeEach
    void setUp() throws IOException {
        Project project = AnalysisFixture.sample();
        total = project.quotations().size();
        file = folder.resolve("study.grounded");
        new ProjectFileStore().save(project, file);
        browser = new QuotationsBrowserViewModel(AnalysisFixture.workspaceWith(project), new StubDialogService(),
                new CurrentThreadTaskExecutor(), new AnalysisFixture.RecordingClipboard());
        browser.setActive(true);
    }

    @Test
    void aCategoryWithItsSubCodesAndACoder() {
        choose(browser.codes(), "Motivation");
        List<List<String>> category = window();
        assertThat(category).hasSizeBetween(1, total - 1).isEqualTo(command("--code", "Motivation",
                "--include-subcodes"));

        browser.withSubCodesProperty().set(false);
        assertThat(window()).hasSizeLessThan(category.size()).isEqualTo(command("--code", "Motivation"));

        browser.withSubCodesProperty().set(true);
        choose(browser.coders(), "ben");
        assertThat(window()).hasSizeBetween(1, category.size() - 1)
                .isEqualTo(command("--code", "Motivation", "--include-subcodes", "--coder", "ben"));
    }

    @Test
    void aGroupAnAttributeValueADocumentAndAParticipant() {
        Choice<UUID> group = browser.groups().choices().get(0);
        browser.groups().choose(List.of(group.value()));
        assertThat(window()).hasSizeBetween(1, total - 1).isEqualTo(command("--group", group.label()));

        browser.clearFilters();
        Choice<QuotationsBrowserViewModel.AttributeChoice> value = browser.attributes().choices().get(0);
        browser.attributes().choose(List.of(value.value()));
        assertThat(window()).hasSizeBetween(1, total - 1).isEqualTo(command("--attribute",
                value.value().attribute() + "=" + value.value().label()));

        browser.clearFilters();
        choose(browser.documents(), "02-aisyah");
        choose(browser.participants(), "Aisyah");
        assertThat(window()).hasSizeBetween(1, total - 1)
                .isEqualTo(command("--document", "02-aisyah", "--participant", "Aisyah"));
    }

    private static <T> void choose(FilterChoices<T> filter, String label) {
        filter.choose(List.of(filter.choices().stream().filter(choice -> choice.label().strip().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no choice " + label)).value()));
    }

    /** Document, start and end of each quotation the browser lists. */
    private List<List<String>> window() {
        return browser.rows().stream().map(QuotesCommandMatchesTheBrowserTest::where).toList();
    }

    private static List<String> where(QuotationRow row) {
        return List.of(row.document(), String.valueOf(row.start()), String.valueOf(row.end()));
    }

    /** Document, start and end of each quotation {@code grounded quotes} writes as CSV. */
    private List<List<String>> command(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = GroundedCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("quotes", file.toString()));
        args.addAll(List.of(options));
        assertThat(commandLine.execute(args.toArray(String[]::new))).as(err.toString()).isZero();
        List<List<String>> records = Rfc4180.parse(out.toString(), ',');
        return records.subList(1, records.size()).stream()
                .map(record -> List.of(record.get(0), record.get(3), record.get(4))).toList();
    }
}
