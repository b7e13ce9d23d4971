import AdvocacyKit
import Dispatch
import Foundation

/// The bundled knowledge (the gazetteer's matcher), built on a thread of its own from the
/// command's start: this work, the longest of the start-up, then runs while the arguments are
/// parsed, the lexicon is read and the inputs are listed.
///
/// The command waits for it (``wait()``) just before it makes a converter, and sleeps while it
/// waits; waiting in the lazy global's initialisation instead spins (the Swift runtime's lock
/// there spins while its owner runs), a core's time for nothing.
enum KnowledgeWarmUp {
    private static let building = DispatchGroup()

    /// Starts building the bundled knowledge on a thread of its own; call it once.
    static func start() {
        building.enter()
        Thread.detachNewThread {
            PressReleaseConverter.prepareBundledKnowledge()
            building.leave()
        }
    }

    /// Returns once the bundled knowledge that ``start()`` builds is built; at once when it is
    /// built, or was never started.
    static func wait() {
        building.wait()
    }
}
