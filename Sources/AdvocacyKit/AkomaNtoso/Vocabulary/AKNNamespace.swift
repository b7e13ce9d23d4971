/// The namespaces of an Akoma Ntoso export and the ids the exporter reserves for itself.
enum AKNNamespace {
    /// The Akoma Ntoso 3.0 namespace (OASIS LegalDocML).
    static let akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
    /// The namespace of AdvocacyKit's own attributes and of the model copy.
    static let advocacy = "urn:advocacy-akn:model:1"
    /// The prefix used for ``advocacy``.
    static let advocacyPrefix = "adv"
    /// The eId of the exporter's own `TLCOrganization`, the `source` of every meta block.
    static let exporterID = "advocacy-akn"
    /// The eId of the `original` reference, the `source` of the lifecycle event.
    static let originalID = "original"
    /// The eId of the role of the document's authors in FRBR.
    static let authorRoleID = "role-author"
    /// The eId of the role of the exporter in FRBR.
    static let markupAgentRoleID = "role-markup-agent"
}
