package org.grounded.cli;

import org.grounded.io.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code grounded --version}, from the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {AppVersion.nameAndNumber()};
    }
}
