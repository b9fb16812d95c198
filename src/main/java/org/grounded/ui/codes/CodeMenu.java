package org.grounded.ui.codes;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import org.grounded.ui.common.CodingLevelNames;
import org.grounded.model.CodingLevel;
import org.grounded.model.Group;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The code tree's context menu: the codebook's edits on the codes chosen in the tree (new,
 * rename, colour, merge, move, level, core mark, promote to theme, groups, relate, memo, delete).
 * Level, core mark and groups apply to every chosen code in one step.
 */
final class CodeMenu extends ContextMenu {

    private final CodeTreeViewModel viewModel;

    /**
     * @param ids   the chosen codes, the first one first
     * @param first the first chosen code as the tree shows it, null when none is chosen
     */
    CodeMenu(CodeTreeViewModel viewModel, List<UUID> ids, CodeNode first, Consumer<UUID> onRelate,
             Consumer<UUID> onMemo) {
        this.viewModel = viewModel;
        setId("code-menu");
        boolean editable = viewModel.canEdit();
        MenuItem newCode = item(lang("New code…"), "menu-new-code", () -> viewModel.newCode(null));
        getItems().add(newCode);
        if (first == null) {
            newCode.setDisable(!editable);
            return;
        }
        UUID id = first.id();
        getItems().addAll(
                item(lang("New sub-code…"), "menu-new-sub-code", () -> viewModel.newCode(id)),
                new SeparatorMenuItem(),
                item(lang("Rename…"), "menu-rename-code", () -> viewModel.rename(id)),
                colours(id),
                item(lang("Merge into…"), "menu-merge-code", () -> viewModel.mergeInto(id)),
                item(lang("Move to the top level"), "menu-top-level", () -> viewModel.moveToTopLevel(id)),
                new SeparatorMenuItem(),
                levels(ids, first.level()),
                item(lang("Promote to theme (selective, core)"), "menu-promote-theme", () -> viewModel.promoteToTheme(ids)),
                core(ids, first.core()),
                groups(ids),
                new SeparatorMenuItem(),
                item(lang("Relate to…"), "menu-relate-code", () -> onRelate.accept(id)),
                item(lang("New memo about this code"), "menu-memo-code", () -> onMemo.accept(id)),
                new SeparatorMenuItem(),
                item(lang("Delete…"), "menu-delete-code", () -> viewModel.delete(id)));
        getItems().forEach(item -> item.setDisable(item.isDisable() || !editable));
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }

    private Menu colours(UUID codeId) {
        Menu menu = new Menu(lang("Colour"));
        menu.setId("menu-colour");
        for (CodePalette.Swatch swatch : CodePalette.SWATCHES) {
            Region sample = new Region();
            sample.getStyleClass().add("code-swatch");
            sample.setStyle("-fx-background-color: " + swatch.colour() + ";");
            MenuItem item = new MenuItem(swatch.name(), sample);
            item.setOnAction(event -> viewModel.recolour(codeId, swatch.colour()));
            menu.getItems().add(item);
        }
        return menu;
    }

    private Menu levels(List<UUID> ids, CodingLevel current) {
        Menu menu = new Menu(lang("Coding level"));
        menu.setId("menu-level");
        ToggleGroup levels = new ToggleGroup();
        for (CodingLevel level : CodingLevel.values()) {
            RadioMenuItem item = new RadioMenuItem(CodingLevelNames.codeOf(level));
            item.setToggleGroup(levels);
            item.setSelected(level == current);
            item.setOnAction(event -> viewModel.setLevel(ids, level));
            menu.getItems().add(item);
        }
        return menu;
    }

    private CheckMenuItem core(List<UUID> ids, boolean core) {
        CheckMenuItem item = new CheckMenuItem(lang("Core category / theme"));
        item.setId("menu-core");
        item.setSelected(core);
        item.setOnAction(event -> viewModel.setCore(ids, !core));
        return item;
    }

    private Menu groups(List<UUID> ids) {
        Menu menu = new Menu(lang("Code groups"));
        menu.setId("menu-code-groups");
        for (Group group : viewModel.groups()) {
            boolean member = group.memberIds().containsAll(ids);
            CheckMenuItem item = new CheckMenuItem(group.name());
            item.setMnemonicParsing(false);
            item.setSelected(member);
            item.setOnAction(event -> {
                if (member) {
                    viewModel.removeFromGroup(group.id(), ids);
                } else {
                    viewModel.addToGroup(group.id(), ids);
                }
            });
            menu.getItems().add(item);
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item(lang("New group with these codes…"), "menu-new-code-group", () -> viewModel.newGroup(ids)));
        return menu;
    }
}
