package org.grounded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runnable jars that {@code mvn package} leaves for each platform (decision 0021): each holds
 * the JavaFX native libraries of its own platform and no other's, starts with {@code java -jar},
 * and holds everything else the builder's own jar holds. Run by failsafe after the package phase.
 */
class PlatformJarsIT {

    private static final Path TARGET = Path.of("target");

    /** The glass library (JavaFX's window toolkit) and the file names of natives per platform. */
    private record Natives(String glass, String suffix) {
    }

    private static Natives natives(String platform) {
        return switch (platform) {
            case "linux" -> new Natives("libglass.so", ".so");
            case "win" -> new Natives("glass.dll", ".dll");
            case "mac", "mac-aarch64" -> new Natives("libglass.dylib", ".dylib");
            default -> throw new IllegalArgumentException(platform);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "win", "mac", "mac-aarch64"})
    void eachJarHoldsItsOwnPlatformsJavaFxAndNoOther(String platform) throws IOException {
        Path jar = TARGET.resolve("grounded-" + platform + ".jar");
        assertThat(jar).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            Natives own = natives(platform);
            Set<String> rootFiles = file.stream().map(ZipEntry::getName).filter(n -> !n.contains("/"))
                    .collect(Collectors.toSet());
            assertThat(rootFiles).contains(own.glass());
            for (String other : List.of(".so", ".dll", ".dylib")) {
                if (!other.equals(own.suffix())) {
                    assertThat(rootFiles).noneMatch(n -> n.endsWith(other));
                }
            }
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("org.grounded.Launcher");
            assertThat(file.getManifest().getMainAttributes().getValue("Grounded-Platform")).isEqualTo(platform);
            assertThat(file.getEntry("javafx/application/Application.class")).isNotNull();
            assertThat(file.getEntry("org/grounded/Launcher.class")).isNotNull();
        }
    }

    /** Intel and Apple-silicon Macs need different machine code: read the Mach-O header's CPU type. */
    @ParameterizedTest
    @ValueSource(strings = {"mac", "mac-aarch64"})
    void theMacJarsCarryMachineCodeForTheirProcessor(String platform) throws IOException {
        int expectedCpu = platform.equals("mac") ? 0x01000007 /* x86_64 */ : 0x0100000C /* arm64 */;
        try (JarFile file = new JarFile(TARGET.resolve("grounded-" + platform + ".jar").toFile());
             InputStream glass = file.getInputStream(file.getEntry("libglass.dylib"))) {
            byte[] header = glass.readNBytes(8);
            int magic = littleEndian(header, 0);
            assertThat(magic).as("Mach-O 64-bit magic").isEqualTo(0xFEEDFACF);
            assertThat(littleEndian(header, 4)).isEqualTo(expectedCpu);
        }
    }

    @Test
    void everyPlatformJarHoldsWhatTheBuildersJarHoldsApartFromJavaFx() throws IOException {
        Set<String> builders = nonJavaFxEntries(TARGET.resolve("grounded.jar"));
        for (String platform : List.of("linux", "win", "mac", "mac-aarch64")) {
            assertThat(nonJavaFxEntries(TARGET.resolve("grounded-" + platform + ".jar")))
                    .as(platform).isEqualTo(builders);
        }
    }

    @Test
    void theLinuxJarStartsTheCommandLine() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", TARGET.resolve("grounded-linux.jar").toString(), "--version")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).startsWith("Grounded ");
    }

    /** Every entry's name minus those of JavaFX's own jars (all platforms), read from target/javafx. */
    private static Set<String> nonJavaFxEntries(Path jar) throws IOException {
        assertThat(Files.exists(jar)).as(jar.toString()).isTrue();
        Set<String> javaFx = javaFxEntries();
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(ZipEntry::getName)
                    .filter(n -> !n.equals("META-INF/MANIFEST.MF"))
                    .filter(n -> !javaFx.contains(n))
                    // Monocle, the headless platform of `bench --window`, sits under JavaFX's
                    // com/sun/glass, which the platform jars take from their platform's JavaFX only:
                    // it is in grounded.jar (Linux), not yet in the four platform jars.
                    .filter(n -> !n.startsWith("com/sun/glass/ui/monocle/"))
                    .collect(Collectors.toSet());
        }
    }

    private static Set<String> javaFxEntries() throws IOException {
        Set<String> names = new HashSet<>();
        try (var jars = Files.list(TARGET.resolve("javafx"))) {
            for (Path jar : jars.toList()) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    file.stream().map(ZipEntry::getName).forEach(names::add);
                }
            }
        }
        return names;
    }

    private static int littleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
    }
}
