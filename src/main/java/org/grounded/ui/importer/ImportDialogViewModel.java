package org.grounded.ui.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.grounded.ui.common.Formats;
import org.grounded.io.transcript.DocumentImport;
import org.grounded.io.transcript.ImportedTranscript;
import org.grounded.io.transcript.SpeakerMapping;
import org.grounded.io.transcript.SpeakerRole;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The import dialog's state: one {@link SpeakerRow} per speaker per file, started from the
 * importer's suggested mappings, and the mappings the user ends with.
 */
public final class ImportDialogViewModel {

    private final List<ImportedTranscript> transcripts;
    private final ObservableList<SpeakerRow> rows;
    private final ObservableList<String> participantNames;
    private final BooleanBinding valid;
    private final StringBinding problem;

    /**
     * @param suggestions          the importer's default mapping for a transcript
     * @param existingParticipants names of the participants already in the project, offered in the
     *                             participant column
     */
    public ImportDialogViewModel(List<ImportedTranscript> transcripts,
                                 Function<ImportedTranscript, List<SpeakerMapping>> suggestions,
                                 Collection<String> existingParticipants) {
        this.transcripts = List.copyOf(transcripts);
        this.rows = FXCollections.observableArrayList(row -> new Observable[] {row.roleProperty(),
                row.participantNameProperty()});
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(existingParticipants);
        for (int index = 0; index < this.transcripts.size(); index++) {
            ImportedTranscript transcript = this.transcripts.get(index);
            List<String> speakers = transcript.speakers();
            if (speakers.isEmpty()) {
                rows.add(new SpeakerRow(index, transcript.name(), "", 0, SpeakerRole.UNASSIGNED, ""));
                continue;
            }
            Map<String, SpeakerMapping> suggested = new LinkedHashMap<>();
            for (SpeakerMapping mapping : suggestions.apply(transcript)) {
                suggested.put(mapping.speaker(), mapping);
            }
            Map<String, String> reasons = new LinkedHashMap<>();
            DocumentImport.interviewerProposals(transcript)
                    .forEach(proposal -> reasons.put(proposal.speaker(), lang("Interviewer: %0", proposal.reason())));
            for (String speaker : speakers) {
                SpeakerMapping mapping = suggested.getOrDefault(speaker,
                        new SpeakerMapping(speaker, SpeakerRole.PARTICIPANT, speaker));
                int turns = (int) transcript.turns().stream().filter(turn -> turn.speaker().equals(speaker)).count();
                rows.add(new SpeakerRow(index, transcript.name(), speaker, turns, mapping.role(),
                        mapping.participantName(), mapping.role() == SpeakerRole.INTERVIEWER ? reasons.getOrDefault(speaker, "") : ""));
                if (mapping.role() == SpeakerRole.PARTICIPANT) {
                    names.add(mapping.participantName());
                }
            }
        }
        this.participantNames = FXCollections.observableArrayList(names);
        this.valid = Bindings.createBooleanBinding(() -> rows.stream().allMatch(SpeakerRow::isComplete), rows);
        this.problem = Bindings.createStringBinding(() -> rows.stream().filter(row -> !row.isComplete()).findFirst()
                .map(row -> lang("Name the participant for %0 in %1.", row.speakerLabel(), row.documentName()))
                .orElse(""), rows);
    }

    public List<ImportedTranscript> transcripts() {
        return transcripts;
    }

    public ObservableList<SpeakerRow> rows() {
        return rows;
    }

    /** Names offered in the participant column: existing participants and the suggested ones. */
    public ObservableList<String> participantNames() {
        return participantNames;
    }

    /** Whether the mapping can be applied: every participant row names its participant. */
    public BooleanBinding validProperty() {
        return valid;
    }

    /** What still needs the user's attention, "" when nothing. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** A line above the table: "3 files, 7 speakers". */
    public String summary() {
        long speakers = rows.stream().filter(row -> !row.isWholeDocument()).count();
        long whole = rows.stream().filter(SpeakerRow::isWholeDocument).count();
        String files = Formats.plural(transcripts.size(), lang("%0 file"), lang("%0 files"));
        String voices = Formats.plural(speakers, lang("%0 speaker"), lang("%0 speakers"));
        if (whole == 0) {
            return files + ", " + voices;
        }
        return files + ", " + voices + ", " + Formats.plural(whole, lang("%0 file without speakers"),
                lang("%0 files without speakers"));
    }

    /**
     * The mappings for {@code DocumentImport.edit}: per transcript index, the speakers' mappings;
     * a file without speakers maps the pseudo-speaker "" when the user chose a participant for it.
     */
    public Map<Integer, List<SpeakerMapping>> mappings() {
        if (!valid.get()) {
            throw new IllegalStateException(problem.get());
        }
        Map<Integer, List<SpeakerMapping>> result = new LinkedHashMap<>();
        for (int index = 0; index < transcripts.size(); index++) {
            result.put(index, new ArrayList<>());
        }
        for (SpeakerRow row : rows) {
            if (row.isWholeDocument() && row.role() != SpeakerRole.PARTICIPANT) {
                continue;
            }
            result.get(row.transcriptIndex()).add(row.toMapping());
        }
        result.replaceAll((index, mappings) -> List.copyOf(mappings));
        return result;
    }
}
