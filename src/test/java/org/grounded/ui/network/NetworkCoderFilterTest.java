package org.grounded.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.grounded.analysis.CoderFilter;
import org.grounded.analysis.TwoCoderStudy;
import org.grounded.analysis.network.CodeNetwork;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.ui.StubDialogService;
import org.grounded.ui.analysis.AnalysisFixture;
import org.grounded.ui.session.Editor;
import org.grounded.ui.session.Workspace;
import org.grounded.ui.task.CurrentThreadTaskExecutor;
import org.junit.jupiter.api.Test;

/**
 * The network window's coder choice on {@link TwoCoderStudy}: Lim "mentions" Fears only through
 * Ann's coding of his turn, Ana "mentions" Fears only through Ben's coding of hers.
 */
class NetworkCoderFilterTest {

    private final TwoCoderStudy team = new TwoCoderStudy();

    private static boolean linked(CodeNetwork network, String participant, String code) {
        String from = network.nodes().stream().filter(n -> n.label().equals(participant)).findFirst()
                .map(NetworkNode::id).orElseThrow();
        String to = network.nodes().stream().filter(n -> n.label().equals(code)).findFirst()
                .map(NetworkNode::id).orElseThrow();
        return network.edgesOf(from).stream().anyMatch(edge -> edge.otherEnd(from).equals(to));
    }

    @Test
    void choosingACoderKeepsOnlyTheLinksTheirCodingsMake() {
        StubDialogService dialogs = new StubDialogService();
        Workspace workspace = AnalysisFixture.workspaceWith(team.study.project);
        NetworkViewModel viewModel = new NetworkViewModel(new Editor(workspace, dialogs),
                new CurrentThreadTaskExecutor(), new AnalysisFixture.RecordingClipboard());
        viewModel.canvasWidthProperty().set(900);
        viewModel.canvasHeightProperty().set(640);
        viewModel.setActive(true);
        dialogs.texts.push(Optional.of("Figure 1"));
        assertThat(viewModel.newNetwork()).isTrue();
        assertThat(linked(viewModel.networkProperty().get(), "Lim", "Fears")).isTrue();
        assertThat(linked(viewModel.networkProperty().get(), "Ana", "Fears")).isTrue();

        viewModel.coders().filterProperty().set(CoderFilter.of(List.of("Ben")));

        assertThat(linked(viewModel.networkProperty().get(), "Lim", "Fears")).isFalse();
        assertThat(linked(viewModel.networkProperty().get(), "Ana", "Fears")).isTrue();
        assertThat(team.study.project.networks()).singleElement()
                .satisfies(network -> assertThat(network.settings()).isEqualTo(
                        org.grounded.model.NetworkSettings.figureOne()));
    }
}
