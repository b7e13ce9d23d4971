import AdvocacyKit
import AdvocacyReport
import Foundation
import Testing

@Suite("Report network layout")
struct NetworkLayoutTests {
    /// Every pair of node boxes, checked for overlap.
    static func overlapping(_ layout: NetworkLayout) -> (Int, Int)? {
        for a in layout.boxes.indices {
            for b in layout.boxes.indices where b > a && layout.boxes[a].overlaps(layout.boxes[b]) { return (a, b) }
        }
        return nil
    }

    @Test("the sample network: no box overlaps another, every box inside the canvas, same layout twice")
    func sample() {
        let network = DossierReport(dataset: ReportSamples.dataset).network
        let layout = NetworkLayout(network)
        #expect(Self.overlapping(layout) == nil)
        for box in layout.boxes {
            #expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= layout.width && box.y + box.height <= layout.height)
        }
        #expect(layout.paths.count == network.edges.count)
        #expect(layout.paths.allSatisfy { $0.hasPrefix("M") && !$0.contains(".") })
        #expect(NetworkLayout(network) == layout)
        #expect(layout.headings.map(\.title) == [
            "Organisations and people", "Coalitions and their bodies", "Addressees, institutions, committees", "Legislative files",
        ])
    }

    @Test("50 documents and 300 organisations stay within 2,400 × 1,600 pixels, without overlaps, labels cut")
    func large() {
        let report = DossierReport(dataset: ReportSamples.large(documents: 50, organisations: 300))
        #expect(report.network.nodes.filter { $0.kind == .organisation }.count == 300)
        let layout = NetworkLayout(report.network)
        #expect(layout.width <= 2400, "width \(layout.width)")
        #expect(layout.height <= 1600, "height \(layout.height)")
        #expect(Self.overlapping(layout) == nil)
        #expect(report.network.nodes.allSatisfy { NetworkLayout.label($0.name).count <= NetworkLayout.labelLength })
        #expect(NetworkLayout.label("Sample Organisation for Testing Number 12") == "Sample Organisation for Te…")
        // 300 demands of one addressee are one group; an edge for each demander.
        #expect(report.demandGroups.count == 1)
        #expect(report.demandCount == 300)
        #expect(report.network.edges.filter { $0.kind == .demand }.count == 300)
    }

    @Test("an edge between boxes of one column bulges out to the right")
    func sameColumn() {
        let top = NetworkLayout.Box(x: 10, y: 10, width: 100, height: 20)
        let bottom = NetworkLayout.Box(x: 10, y: 110, width: 100, height: 20)
        let network = ActorNetwork(
            nodes: [.init(kind: .institution, name: "A"), .init(kind: .committee, name: "B")],
            edges: [.init(from: 0, to: 1, kind: .demand)])
        let layout = NetworkLayout(network)
        #expect(layout.paths[0].hasPrefix("M\(layout.boxes[0].x + layout.boxes[0].width) "))
        #expect(top.overlaps(bottom) == false)
        #expect(top.overlaps(NetworkLayout.Box(x: 100, y: 25, width: 5, height: 5)))
    }
}
