/// The version of the AdvocacyKit package.
public enum AdvocacyKitVersion {
    /// The release this build belongs to, as semantic version text.
    public static let current = "0.2.0"
}
