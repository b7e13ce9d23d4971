/// Which Akoma Ntoso elements have element-only content, so that the writer may indent
/// inside them. Every other element (blocks such as `p` and `heading`, and all inlines) has
/// mixed content and is written exactly as built, keeping the source text byte for byte.
enum AKNLayout {
    /// Containers whose children are only elements and whose whitespace is insignificant.
    static let indentedElements: Set<String> = [
        "akomaNtoso", "doc", "statement", "meta", "identification", "FRBRWork", "FRBRExpression",
        "FRBRManifestation", "lifecycle", "classification", "references", "proprietary",
        "preface", "mainBody", "hcontainer", "content", "blockList", "conclusions",
    ]
}
