package org.ecrural.cli;

/** A one-line problem the command line reports before exiting with code 2. */
final class CliException extends Exception {
    CliException(String message) {
        super(message);
    }
}
