package org.grounded.io.refi;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.grounded.model.Progress;
import org.grounded.model.Project;
import org.grounded.model.Quotation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same transcript written in each encoding exporters use: a selection lands on the same words. */
class TextEncodingsTest {

    private static final String TEXT = "Entrevistadora: ¿Qué pasó?\r\nLucía: Doné leche, mucho cariño.\r\n";
    private static final String WORDS = "Doné leche";

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("UTF-8", TEXT.getBytes(StandardCharsets.UTF_8)),
                Arguments.of("UTF-8 with byte-order mark", QdpxFiles.utf8WithBom(TEXT)),
                Arguments.of("UTF-16LE with byte-order mark", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE)),
                Arguments.of("UTF-16BE with byte-order mark", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE)),
                Arguments.of("Windows-1252", TEXT.getBytes(Charset.forName("windows-1252"))));
    }

    private static byte[] withBom(byte[] bom, Charset charset) {
        byte[] body = TEXT.getBytes(charset);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void aSelectionLandsOnTheSameWordsInEveryEncoding(String encoding, byte[] file, @TempDir Path folder) throws Exception {
        int start = TEXT.codePointCount(0, TEXT.indexOf(WORDS));
        String qde = """
                <Project xmlns="urn:QDA-XML:project:1.0" name="Encodings" origin="QualCoder 3.6">
                  <CodeBook><Codes><Code guid="11111111-1111-4111-8111-111111111111" name="Giving" isCodable="true"/></Codes></CodeBook>
                  <Sources><TextSource guid="22222222-2222-4222-8222-222222222222" name="Lucía" plainTextPath="internal://lucia.txt">
                    <PlainTextSelection guid="33333333-3333-4333-8333-333333333333" startPosition="%d" endPosition="%d">
                      <Coding guid="44444444-4444-4444-8444-444444444444"><CodeRef targetGUID="11111111-1111-4111-8111-111111111111"/></Coding>
                    </PlainTextSelection>
                  </TextSource></Sources>
                </Project>
                """.formatted(start, start + WORDS.length());
        Path archive = QdpxFiles.with("project.qde", qde).add("sources/lucia.txt", file).writeTo(folder.resolve("e.qdpx"));

        Project project = new QdpxImporter().read(archive, Progress.NONE).project();

        Quotation quotation = project.quotations().iterator().next();
        String text = project.documents().iterator().next().text();
        assertThat(text).isEqualTo(TEXT.replace("\r\n", "\n"));
        assertThat(text.substring(quotation.start(), quotation.end())).as(encoding).isEqualTo(WORDS);
    }
}
