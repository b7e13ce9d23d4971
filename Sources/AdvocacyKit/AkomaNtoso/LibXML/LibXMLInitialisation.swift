internal import CLibXML2

/// Runs `xmlInitParser()` the first time it is read; a global `let` is initialised lazily and exactly once,
/// even when several threads touch it at the same moment.
private let libXMLIsInitialised: Bool = {
    xmlInitParser()
    // Errors reach the caller through each parse's structured error callback; what libxml2
    // would print to standard error by itself is silenced.
    advocacykit_silence_generic_errors()
    return true
}()

/// The one place that makes sure libxml2's global tables are set up before any other libxml2 call.
enum LibXMLInitialisation {
    /// Initialises libxml2 once per process; every entry point of the `LibXML` layer calls this first.
    @inline(__always)
    static func ensure() {
        _ = libXMLIsInitialised
    }
}
