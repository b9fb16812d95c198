package org.grounded.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A damaged set of entities is refused with a message that names the real problem. */
class RestoreChecksTest {

    private static final List<String> NAMES = List.of("Empowerment", "Agency", "Duty", "Faith", "Fears");

    /** The same record with another id: its canonical constructor with every other component kept. */
    @SuppressWarnings("unchecked")
    static <T extends Entity> T withId(T entity, UUID id) {
        try {
            RecordComponent[] components = entity.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals("id") ? id : components[i].getAccessor().invoke(entity);
            }
            Constructor<?> canonical = entity.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (T) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest(name = "a cycle of {0} codes")
    @ValueSource(ints = {2, 3, 5})
    void aCycleOfParentsIsNamedCodeByCode(int length) {
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(length).toList();
        List<Code> codes = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            // Each code's parent is the next one; the last one's parent is the first.
            codes.add(new Code(ids.get(i), NAMES.get(i), "#123456", "", ids.get((i + 1) % length), CodingLevel.OPEN, false));
        }
        Code outside = Code.of("Outside the cycle", "#654321");
        List<Entity> entities = new ArrayList<>(List.of(outside));
        entities.addAll(codes);
        StringBuilder expected = new StringBuilder("Codes form a cycle of parents: ");
        for (int i = 0; i <= length; i++) {
            expected.append(i == 0 ? "" : " → ").append('\'').append(NAMES.get(i % length)).append('\'');
        }

        assertThatThrownBy(() -> Project.restore(ProjectInfo.named("Cycle"), entities))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(expected + " (each code's parent follows it)");
    }

    @Test
    void aCycleBelowAnOrdinaryChildIsNamedWithoutTheChild() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Code child = Code.of("Child", "#000000").withParent(a);
        Code first = new Code(a, "A", "#111111", "", b, CodingLevel.OPEN, false);
        Code second = new Code(b, "B", "#222222", "", a, CodingLevel.OPEN, false);

        assertThatThrownBy(() -> Project.restore(ProjectInfo.named("Cycle"), List.of(child, first, second)))
                .hasMessage("Codes form a cycle of parents: 'A' → 'B' → 'A' (each code's parent follows it)");
    }

    @Test
    void twoCodesWithOneIdAreSaidToShareIt() {
        Code empowerment = Code.of("Empowerment", "#FF0000");
        Code agency = withId(Code.of("Agency", "#00FF00").withParent(empowerment.id()), empowerment.id());

        assertThatThrownBy(() -> Project.restore(ProjectInfo.named("Twins"), List.of(empowerment, agency)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Two codes share the id " + empowerment.id() + ": 'Empowerment' and 'Agency'");
    }

    @Test
    void aCodeThatIsItsOwnParentIsNamed() {
        UUID id = UUID.randomUUID();
        Code loop = new Code(id, "Loop", "#123456", "", id, CodingLevel.OPEN, false);

        assertThatThrownBy(() -> Project.restore(ProjectInfo.named("Loop"), List.of(loop)))
                .hasMessage("Code 'Loop' cannot be its own parent");
        Project project = Project.create("Loop");
        assertThatThrownBy(() -> project.apply(EntityEdit.builder("Add").add(loop).build()))
                .hasMessage("Code 'Loop' cannot be its own parent");
    }

    static Stream<Arguments> otherKinds() {
        Document interview = Document.of("Interview 1", "Ana: I donated.");
        Code code = Code.of("Gratitude", "#FF0000");
        return Stream.of(
                Arguments.of(List.of(interview, withId(Document.of("Interview 2", "Lim: Hi."), interview.id())),
                        "Two documents share the id %s: 'Interview 1' and 'Interview 2'"),
                Arguments.of(List.of(Participant.of("Ana"), Participant.of("Lim")), "Two participants share the id %s: 'Ana' and 'Lim'"),
                Arguments.of(List.of(Memo.of("Field notes", "x", "ana"), Memo.of("Theory", "y", "ana")),
                        "Two memos share the id %s: 'Field notes' and 'Theory'"),
                Arguments.of(List.of(interview, code, new Quotation(UUID.randomUUID(), interview.id(), 0, 3, List.of(code.id()), "",
                                "ana", java.time.Instant.EPOCH), new Quotation(UUID.randomUUID(), interview.id(), 5, 9,
                                List.of(code.id()), "", "ana", java.time.Instant.EPOCH)),
                        "Two quotations share the id %s: 'quotation 0-3' and 'quotation 5-9'"),
                Arguments.of(List.of(Group.of("donors", GroupKind.PARTICIPANT, Set.of()),
                        Group.of("recipients", GroupKind.PARTICIPANT, Set.of())), "Two groups share the id %s: 'donors' and 'recipients'"),
                Arguments.of(List.of(code, Document.of("Interview 3", "Bea: Yes.")),
                        "A code ('Gratitude') and a document ('Interview 3') share the id %s"));
    }

    @ParameterizedTest
    @MethodSource("otherKinds")
    void anyTwoEntitiesWithOneIdAreSaidToShareIt(List<Entity> given, String expected) {
        // The last entity takes the id of the one before it.
        List<Entity> entities = new ArrayList<>(given);
        Entity twin = entities.get(entities.size() - 2);
        entities.set(entities.size() - 1, withId(entities.get(entities.size() - 1), twin.id()));

        assertThatThrownBy(() -> Project.restore(ProjectInfo.named("Twins"), entities))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(expected.formatted(twin.id()));
    }
}
