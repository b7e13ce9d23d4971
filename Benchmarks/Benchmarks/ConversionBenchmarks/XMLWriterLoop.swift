import CXMLWriter
import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The lower bound of the Akoma Ntoso export: a bare libxml2 `xmlTextWriter` loop writing the
/// same elements, attributes and text as one of our exports, read back from it once.
final class XMLWriterLoop: Sendable {
    enum Event: Sendable {
        case start(String, [(String, String)])
        case text(String)
        case end
    }

    /// The events of a document, in order.
    let events: [Event]

    init(recording document: Data) {
        let recorder = Recorder()
        let parser = XMLParser(data: document)
        parser.delegate = recorder
        parser.shouldProcessNamespaces = false
        guard parser.parse() else { fatalError("our export must parse: \(parser.parserError.map { "\($0)" } ?? "?")") }
        events = recorder.events
    }

    /// Writes the events to a memory buffer and returns the number of bytes written.
    func write() -> Int {
        guard let buffer = xmlBufferCreate() else { return 0 }
        defer { xmlBufferFree(buffer) }
        guard let writer = xmlNewTextWriterMemory(buffer, 0) else { return 0 }
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
        for event in events {
            switch event {
            case .start(let name, let attributes):
                xmlTextWriterStartElement(writer, name)
                for (key, value) in attributes { xmlTextWriterWriteAttribute(writer, key, value) }
            case .text(let text):
                xmlTextWriterWriteString(writer, text)
            case .end:
                xmlTextWriterEndElement(writer)
            }
        }
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        return Int(xmlBufferLength(buffer))
    }

    private final class Recorder: NSObject, XMLParserDelegate {
        var events: [Event] = []

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            events.append(.start(elementName, attributes.sorted { $0.key < $1.key }))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { events.append(.text(string)) }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            events.append(.end)
        }
    }
}

/// `xmlTextWriter` takes `xmlChar *`; Swift strings pass as `char *`.
private func xmlTextWriterStartElement(_ writer: xmlTextWriterPtr, _ name: String) {
    _ = name.withCString { xmlTextWriterStartElement(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
}

private func xmlTextWriterWriteAttribute(_ writer: xmlTextWriterPtr, _ name: String, _ value: String) {
    _ = name.withCString { name in
        value.withCString { value in
            xmlTextWriterWriteAttribute(
                writer, UnsafeRawPointer(name).assumingMemoryBound(to: xmlChar.self),
                UnsafeRawPointer(value).assumingMemoryBound(to: xmlChar.self))
        }
    }
}

private func xmlTextWriterWriteString(_ writer: xmlTextWriterPtr, _ text: String) {
    _ = text.withCString { xmlTextWriterWriteString(writer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }
}
