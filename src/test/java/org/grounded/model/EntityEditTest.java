package org.grounded.model;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityEditTest {

    private final Project project = Project.create("Order");
    private final Code fears = Code.of("Fears", "#FF0000");
    private final Code motivation = Code.of("Motivation", "#00FF00");
    private final Code networks = Code.of("Social networks", "#0000FF");

    @Test
    void undoingARemovalPutsTheEntityBackInItsPlace() {
        project.apply(EntityEdit.builder("Codes").add(fears).add(motivation).add(networks).build());
        List<Entity> before = project.entities();
        EntityEdit delete = EntityEdit.builder("Delete").remove(motivation).build();

        project.apply(delete);
        project.revert(delete);

        assertThat(project.codes()).containsExactly(fears, motivation, networks);
        assertThat(project.entities()).isEqualTo(before);
    }

    @Test
    void undoingSeveralRemovalsOfOneKindRestoresTheirOrder() {
        project.apply(EntityEdit.builder("Codes").add(fears).add(motivation).add(networks).build());
        EntityEdit delete = EntityEdit.builder("Delete").remove(networks).remove(fears).build();

        project.apply(delete);
        assertThat(project.codes()).containsExactly(motivation);
        project.revert(delete);
        assertThat(project.codes()).containsExactly(fears, motivation, networks);

        project.apply(delete);
        project.revert(delete);
        assertThat(project.codes()).containsExactly(fears, motivation, networks);
    }

    @Test
    void aRefusedEditPutsBackWhatItHadAlreadyRemovedInItsPlace() {
        Document post = Document.of("post", "Gracias mamá");
        project.apply(EntityEdit.builder("Codes").add(fears).add(motivation).add(networks).add(post).build());
        Quotation outside = Quotation.of(post.id(), 0, 999, List.of(), "ana");
        EntityEdit broken = EntityEdit.builder("Broken").remove(fears).add(outside).build();

        assertThatThrownBy(() -> project.apply(broken)).hasMessageContaining("not inside a text");

        assertThat(project.codes()).containsExactly(fears, motivation, networks);
    }

    @Test
    void aRefusedUndoLeavesTheEditApplied() {
        project.apply(EntityEdit.builder("Codes").add(fears).add(motivation).build());
        EntityEdit rename = EntityEdit.builder("Rename both")
                .update(fears, fears.withName("Fear")).update(motivation, motivation.withName("Motive")).build();
        project.apply(rename);
        Code fear = project.code(fears.id()).orElseThrow();
        project.apply(EntityEdit.update("Recolour", fear, fear.withColour("#000000")));
        List<Entity> before = project.entities();

        assertThatThrownBy(() -> project.revert(rename)).hasMessageContaining("has changed since");

        assertThat(project.entities()).isEqualTo(before);
    }
}
