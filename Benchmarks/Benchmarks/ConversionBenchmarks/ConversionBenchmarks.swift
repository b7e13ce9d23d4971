import AdvocacyKit
import Benchmark
import Foundation

/// Realistic press releases: the seed (431 words) and variants of it with other names and
/// numbers, so that the converter does not see the same text every time.
private let releases: [Data] = {
    let seed = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds/ecpat-2023-03-07-imco-draft-opinion-csa-regulation.txt")
    guard let text = try? String(contentsOf: seed, encoding: .utf8) else { return [] }
    let swaps: [(String, String)] = [
        ("ECPAT", "Child Rights Europe"), ("IMCO", "ITRE"), ("LIBE", "JURI"), ("40", "52"), ("May 2022", "June 2023"),
        ("ECLAG", "ECRAG"), ("Thorn", "Lumos"), ("BANGKOK", "BRUSSELS"),
    ]
    return (0..<8).map { variant in
        var copy = text
        for (index, swap) in swaps.enumerated() where (variant >> (index % 3)) & 1 == 1 {
            copy = copy.replacingOccurrences(of: swap.0, with: swap.1)
        }
        return Data(copy.utf8)
    }
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(5))

    guard let converter = try? PressReleaseConverter() else {
        fatalError("the bundled gazetteer must load")
    }

    Benchmark("Convert a press release (text → dossier)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for iteration in benchmark.scaledIterations {
            let data = releases[iteration % releases.count]
            blackHole(try converter.convert(data: data, format: .plainText))
        }
    }

    Benchmark("Convert and export (text → dossier → Akoma Ntoso)", configuration: .init(scalingFactor: .kilo)) { benchmark in
        let exporter = AKNExporter(generationDate: "2024-01-01")
        for iteration in benchmark.scaledIterations {
            let data = releases[iteration % releases.count]
            blackHole(try exporter.export(try converter.convert(data: data, format: .plainText).dossier))
        }
    }
}
