package org.grounded.ui.network;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.grounded.analysis.network.NetworkEdge;
import org.grounded.analysis.network.NetworkNode;
import org.grounded.analysis.network.layout.Point;

import static org.grounded.ui.i18n.Localization.lang;

/**
 * The network on one {@link Canvas}: scroll zooms around the pointer, dragging the background
 * (or anything with the space bar held) pans, dragging a node moves and pins it, Alt+drag from
 * a code to another relates them; hovering highlights a node's neighbours and shows its tooltip;
 * a click chooses a node or an edge; right-click offers the ways to grow the network.
 */
final class NetworkCanvas extends Region {

    /** How far (px) the pointer may move between press and release for a click. */
    private static final double CLICK_SLOP = 4;

    private enum Gesture { NONE, PAN, MOVE_NODE, RELATE }

    private final NetworkViewModel viewModel;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition tooltipDelay = new PauseTransition(Duration.millis(450));
    private ContextMenu menu;
    private Gesture gesture = Gesture.NONE;
    private String grabbed;
    private double grabDx;
    private double grabDy;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean moved;
    private boolean spaceDown;
    private Point2D relateTo;
    private Set<String> highlighted = Set.of();

    NetworkCanvas(NetworkViewModel viewModel) {
        this.viewModel = viewModel;
        setId("network-canvas");
        getStyleClass().add("network-canvas");
        canvas.setId("network-canvas-surface");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setMinSize(200, 160);
        tooltip.getStyleClass().add("network-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);

        InvalidationListener repaint = observable -> paint();
        viewModel.drawingProperty().addListener(repaint);
        viewModel.viewportProperty().addListener(repaint);
        viewModel.selectedNodeProperty().addListener(repaint);
        viewModel.selectedEdgeProperty().addListener(repaint);
        viewModel.pinned().addListener(repaint);
        viewModel.hoveredProperty().addListener((observable, before, after) -> {
            highlighted = neighbourhood(after);
            paint();
        });
        viewModel.networkProperty().addListener(observable -> highlighted = neighbourhood(viewModel.hoveredProperty().get()));

        setOnScroll(this::scrolled);
        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(event -> hover(event.getX(), event.getY(), event.getScreenX(), event.getScreenY()));
        setOnMouseExited(event -> {
            viewModel.hoveredProperty().set(null);
            hideTooltip();
        });
        setOnContextMenuRequested(event -> {
            hideTooltip();
            if (menu != null) {
                menu.hide();
            }
            menu = contextMenu(viewModel.nodeAt(event.getX(), event.getY()));
            menu.show(this, event.getScreenX(), event.getScreenY());
            event.consume();
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.SPACE) {
                spaceDown = true;
                setCursor(Cursor.OPEN_HAND);
                event.consume();
            }
        });
        setOnKeyReleased(event -> {
            if (event.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                setCursor(Cursor.DEFAULT);
                event.consume();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            viewModel.canvasWidthProperty().set(width);
            viewModel.canvasHeightProperty().set(height);
            paint();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 760;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 560;
    }

    /** The canvas itself (for tests and exports of what is shown). */
    Canvas surface() {
        return canvas;
    }

    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        CanvasPainter.paint(g, canvas.getWidth(), canvas.getHeight(), new CanvasPainter.Scene(
                viewModel.drawingProperty().get(), viewModel.drawingViewport(),
                viewModel.hoveredProperty().get(), highlighted, viewModel.selectedNodeProperty().get(),
                viewModel.selectedEdgeProperty().get(), Set.copyOf(viewModel.pinned())));
        if (gesture == Gesture.RELATE && relateTo != null && grabbed != null) {
            Point from = viewModel.positionsProperty().get().get(grabbed);
            if (from != null) {
                Point start = viewModel.viewportProperty().get().toScreen(from);
                g.setStroke(Color.web("#1F6FEB"));
                g.setLineWidth(2);
                g.setLineDashes(6, 4);
                g.strokeLine(start.x(), start.y(), relateTo.getX(), relateTo.getY());
                g.setLineDashes(null);
            }
        }
    }

    private Set<String> neighbourhood(String id) {
        if (id == null) {
            return Set.of();
        }
        Set<String> near = new HashSet<>();
        near.add(id);
        viewModel.networkProperty().get().neighbours(id).forEach(node -> near.add(node.id()));
        return near;
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        // In wheel notches whatever the platform's pixels per notch (40 on most, 1 on some).
        double perNotch = event.getMultiplierY() > 0 ? event.getMultiplierY() : 40;
        double notches = Math.max(-5, Math.min(5, event.getDeltaY() / perNotch));
        viewModel.zoomAround(event.getX(), event.getY(), Math.pow(1.15, notches));
        event.consume();
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        hideTooltip();
        if (menu != null) {
            menu.hide();
        }
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = event.getX();
        pressY = event.getY();
        lastX = pressX;
        lastY = pressY;
        moved = false;
        Optional<NetworkNode> node = spaceDown ? Optional.empty() : viewModel.nodeAt(pressX, pressY);
        if (node.isEmpty()) {
            gesture = Gesture.PAN;
            grabbed = null;
            setCursor(Cursor.CLOSED_HAND);
            return;
        }
        grabbed = node.get().id();
        if (event.isAltDown()) {
            gesture = Gesture.RELATE;
            relateTo = new Point2D(pressX, pressY);
            setCursor(Cursor.CROSSHAIR);
            return;
        }
        gesture = Gesture.MOVE_NODE;
        Point centre = viewModel.viewportProperty().get().toScreen(viewModel.positionsProperty().get().get(grabbed));
        grabDx = pressX - centre.x();
        grabDy = pressY - centre.y();
    }

    private void dragged(MouseEvent event) {
        double x = event.getX();
        double y = event.getY();
        if (Math.hypot(x - pressX, y - pressY) > CLICK_SLOP) {
            moved = true;
        }
        switch (gesture) {
            case PAN -> viewModel.pan(x - lastX, y - lastY);
            case MOVE_NODE -> {
                if (moved) {
                    setCursor(Cursor.MOVE);
                    viewModel.dragNode(grabbed, x - grabDx, y - grabDy);
                }
            }
            case RELATE -> {
                relateTo = new Point2D(x, y);
                paint();
            }
            case NONE -> { }
        }
        lastX = x;
        lastY = y;
        event.consume();
    }

    private void released(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Gesture ended = gesture;
        gesture = Gesture.NONE;
        setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        double x = event.getX();
        double y = event.getY();
        if (ended == Gesture.RELATE) {
            relateTo = null;
            paint();
            Optional<NetworkNode> target = viewModel.nodeAt(x, y);
            if (moved && target.isPresent()) {
                viewModel.relate(grabbed, target.get().id());
            }
            return;
        }
        if (ended == Gesture.MOVE_NODE && moved) {
            viewModel.dropNode(grabbed);
            return;
        }
        if (moved) {
            return;
        }
        Optional<NetworkNode> node = viewModel.nodeAt(x, y);
        if (node.isPresent()) {
            viewModel.selectNode(node.get().id());
            return;
        }
        Optional<NetworkEdge> edge = viewModel.edgeAt(x, y);
        if (edge.isPresent()) {
            viewModel.selectEdge(edge.get().id());
        } else {
            viewModel.clearSelection();
        }
    }

    private void hover(double x, double y, double screenX, double screenY) {
        Optional<NetworkNode> node = viewModel.nodeAt(x, y);
        String id = node.map(NetworkNode::id).orElse(null);
        String before = viewModel.hoveredProperty().get();
        viewModel.hoveredProperty().set(id);
        Optional<NetworkEdge> edge = node.isPresent() ? Optional.empty() : viewModel.edgeAt(x, y);
        setCursor(node.isPresent() || edge.isPresent() ? Cursor.HAND : spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        String text = node.map(viewModel::tooltip).orElseGet(() -> edge.map(viewModel::edgeTooltip).orElse(null));
        if (text == null) {
            hideTooltip();
        } else if (!text.equals(tooltip.getText()) || !tooltip.isShowing() || !java.util.Objects.equals(before, id)) {
            tooltip.hide();
            tooltip.setText(text);
            tooltipDelay.setOnFinished(done -> {
                if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
                    tooltip.show(this, screenX + 14, screenY + 16);
                }
            });
            tooltipDelay.playFromStart();
        }
    }

    private void hideTooltip() {
        tooltipDelay.stop();
        tooltip.hide();
        tooltip.setText(null);
    }

    private ContextMenu contextMenu(Optional<NetworkNode> node) {
        ContextMenu context = new ContextMenu();
        context.setId("network-context-menu");
        if (node.isPresent()) {
            String id = node.get().id();
            for (Growth grow : Growth.values()) {
                MenuItem item = item(grow.label(), "network-grow-" + grow.name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'), () -> viewModel.grow(id, grow));
                item.setDisable(grow != Growth.NEIGHBOURS && !node.get().isCode());
                context.getItems().add(item);
            }
            context.getItems().addAll(new SeparatorMenuItem(),
                    item(lang("Show only this and its neighbours"), "network-focus", () -> viewModel.focus(id)),
                    item(lang("Hide from this network"), "network-hide", () -> viewModel.hide(id)));
            if (viewModel.pinned().contains(id)) {
                context.getItems().add(item(lang("Unpin"), "network-unpin", () -> viewModel.unpin(id)));
            }
            context.getItems().add(new SeparatorMenuItem());
        }
        MenuItem all = item(lang("Show all nodes"), "network-show-all", viewModel::showAll);
        all.setDisable(viewModel.members().isEmpty());
        context.getItems().addAll(all, item(lang("Re-layout"), "network-relayout-item", viewModel::relayout),
                item(lang("Fit to window"), "network-fit-item", viewModel::fit));
        return context;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(false);
        item.setOnAction(event -> action.run());
        return item;
    }
}
