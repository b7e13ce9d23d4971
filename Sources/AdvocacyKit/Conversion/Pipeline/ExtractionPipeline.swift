/// The extraction of one document as a pipeline of stages over one text layer, in the style of
/// GATE and spaCy: the document is analysed once (``AnalyzedDocument``), and every stage is a
/// value that reads the layers before it and returns a layer of its own.
///
/// ```text
/// text layer ─┬─ DocumentFactsStage ─────────────────────────────────────────────┐
///             ├─ JurisdictionStage (gazetteer matches, signs of a jurisdiction) ─┤
///             ├─ AgentStage (gazetteer, names, lists, acronyms) ─┬───────────────┤
///             │    ├─ QuoteStage ─┬─ AuthorStage ─ CoalitionStage ┼─ DemandStage ─┤
///             │    └─ ProposalStage ─ OpinionStage ───────────────┴─ StanceStage ─┤
///             │                                        ConsistencyStage ──────────┤
///             └──────────────────────────────────────────────── DossierAssembly ──┘
/// ```
///
/// The order is not a convention: each stage's `run` takes the layers it needs as typed
/// arguments, so a stage cannot run before the stages whose findings it reads, and the
/// compiler checks it. Stages never mutate earlier layers; the one refinement (the coalition
/// stage promotes agents it finds described as coalitions) is returned as a new registry in
/// ``CoalitionLayer``. Conversion is deterministic: the same input gives the same dossier.
struct ExtractionPipeline: Sendable {
    let vocabulary: Vocabulary
    let gazetteer: Gazetteer
    let matcher: GazetteerMatcher
    /// The jurisdiction every text is about, when the caller knows it.
    var jurisdiction: String?

    /// Every layer of one document.
    struct Layers: Sendable {
        let document: AnalyzedDocument
        let facts: DocumentFacts
        let jurisdiction: JurisdictionLayer
        let agents: AgentLayer
        let quotes: QuoteLayer
        let proposals: ProposalLayer
        let opinions: OpinionLayer
        let authors: AuthorLayer
        let coalitions: CoalitionLayer
        let demands: DemandLayer
        let stances: StanceLayer
        let diagnostics: [ConversionDiagnostic]
    }

    /// Runs every stage over an input.
    func layers(of input: ConversionInput) -> Layers {
        let document = AnalyzedDocument(input, vocabulary: vocabulary)
        let facts = DocumentFactsStage.run(document, vocabulary: vocabulary)
        let jurisdiction = JurisdictionStage.run(document, vocabulary: vocabulary, matcher: matcher, given: self.jurisdiction)
        let agents = AgentStage.run(document, vocabulary: vocabulary, gazetteer: gazetteer, jurisdiction: jurisdiction)
        let quotes = QuoteStage.run(document, vocabulary: vocabulary, agents: agents)
        let proposals = ProposalStage.run(document, vocabulary: vocabulary, agents: agents)
        let opinions = OpinionStage.run(document, vocabulary: vocabulary, agents: agents, proposals: proposals)
        let authors = AuthorStage.run(document, vocabulary: vocabulary, agents: agents, quotes: quotes)
        let coalitions = CoalitionStage.run(document, vocabulary: vocabulary, agents: agents, authors: authors)
        let demands = DemandStage.run(
            document, vocabulary: vocabulary, agents: agents, coalitions: coalitions, quotes: quotes, proposals: proposals,
            authors: authors)
        let stances = StanceStage.run(
            document, vocabulary: vocabulary, coalitions: coalitions, opinions: opinions, proposals: proposals, authors: authors)
        return Layers(
            document: document, facts: facts, jurisdiction: jurisdiction, agents: agents, quotes: quotes, proposals: proposals, opinions: opinions,
            authors: authors, coalitions: coalitions, demands: demands, stances: stances,
            diagnostics: quotes.diagnostics + ConsistencyStage.run(coalitions: coalitions))
    }

    /// Runs every stage and assembles the dossier.
    func convert(_ input: ConversionInput, id: Statement.ID) -> Conversion {
        let layers = layers(of: input)
        return Conversion(dossier: DossierAssembly(layers: layers).dossier(id: id), diagnostics: layers.diagnostics)
    }
}
