import AdvocacyKit
import Benchmark
import Foundation

/// Every benchmark: one command runs them all (`cd Benchmarks && swift package benchmark`).
/// Each reports documents per second (throughput), kB per second of its input, allocations
/// and peak memory; the 10,000-dossier dataset benchmarks count one dataset as one document.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.throughput, .wallClock, .mallocCountTotal, .peakMemoryResident, kilobytesPerSecond],
        maxDuration: .seconds(5))

    documentBenchmark("Convert a press release (text → dossier)", inputs: Corpus.texts) { data in
        try Corpus.converter.convert(data: data, format: .plainText)
    }
    documentBenchmark("Convert an HTML page (HTML → dossier)", inputs: Corpus.pages) { data in
        try Corpus.converter.convert(data: data, format: .html)
    }
    documentBenchmark("Convert and export (text → dossier → Akoma Ntoso)", inputs: Corpus.texts) { data in
        try Corpus.exporter.export(try Corpus.converter.convert(data: data, format: .plainText).dossier)
    }
    documentBenchmark("Export (dossier → Akoma Ntoso)", inputs: Corpus.dossiers, size: Corpus.meanSize(Corpus.akn)) { dossier in
        try Corpus.exporter.export(dossier)
    }
    documentBenchmark("Import (Akoma Ntoso → dossier)", inputs: Corpus.akn) { xml in
        try AKNImporter().importDocument(xml)
    }
    documentBenchmark("Encode dossier JSON (one dossier)", inputs: Corpus.dossiers, size: Corpus.meanSize(Corpus.json)) { dossier in
        try dossier.jsonData()
    }
    documentBenchmark("Decode dossier JSON (one dossier)", inputs: Corpus.json) { json in
        try Dossier(json: json)
    }
    documentBenchmark("Validate Akoma Ntoso against the XSD (cached schema)", inputs: Corpus.akn) { xml in
        Corpus.schemaValidator.validate(xml)
    }
    documentBenchmark(
        "Lower bound: bare xmlTextWriter loop, same elements as the export", inputs: Corpus.writerLoops,
        size: Corpus.meanSize(Corpus.akn)
    ) { loop in
        loop.write()
    }

    datasetBenchmark("Encode a 10,000-dossier dataset (JSON Lines)", size: Corpus.datasetLines.count) {
        var lines = Data()
        for document in Corpus.dataset.documents {
            lines.append(try document.dossier.jsonData(format: .compact))
            lines.append(0x0A)
        }
        return lines
    }
    datasetBenchmark("Decode a 10,000-dossier dataset (JSON Lines)", size: Corpus.datasetLines.count) {
        Dataset.load(Corpus.datasetLines, source: "dataset.jsonl")
    }
    datasetBenchmark("Validate a 1,000-dossier dataset (all rules, one job)", size: Corpus.datasetLines.count / 10) {
        DossierValidator().validate(Corpus.smallDataset)
    }
    datasetBenchmark("Validate a 1,000-dossier dataset (all rules, two jobs)", size: Corpus.datasetLines.count / 10) {
        DossierValidator().validate(Corpus.smallDataset, jobs: 2)
    }
}

/// Input kB per second, reported as a custom metric (larger is better).
private let kilobytesPerSecond = BenchmarkMetric.custom("Input (kB / s)", polarity: .prefersLarger, useScalingFactor: false)

/// A benchmark over small documents, 1,000 per measured run, cycling through `inputs`. The
/// inputs (and `size`, their mean size in bytes) are made in the benchmark's own process,
/// before its measurement starts.
private func documentBenchmark<Input, Output>(
    _ name: String, inputs: @autoclosure @escaping () -> [Input], size: @autoclosure @escaping () -> Int? = nil,
    _ body: @escaping (Input) throws -> Output
) {
    Benchmark(name, configuration: .init(scalingFactor: .kilo)) { benchmark in
        let inputs = inputs()
        let bytes = size() ?? Corpus.meanSize(inputs.compactMap { $0 as? Data })
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        for iteration in benchmark.scaledIterations {
            blackHole(try body(inputs[iteration % inputs.count]))
        }
        benchmark.stopMeasurement()
        report(bytes: bytes * benchmark.scaledIterations.count, since: start, to: benchmark)
    }
}

/// A benchmark whose one run handles a whole dataset (made before its measurement starts).
private func datasetBenchmark<Output>(_ name: String, size: @autoclosure @escaping () -> Int, _ body: @escaping () throws -> Output) {
    Benchmark(name, configuration: .init(maxDuration: .seconds(10), maxIterations: 10)) { benchmark in
        let size = size()
        _ = Corpus.dataset
        _ = Corpus.smallDataset
        benchmark.startMeasurement()
        let start = ContinuousClock.now
        for _ in benchmark.scaledIterations { blackHole(try body()) }
        benchmark.stopMeasurement()
        report(bytes: size * benchmark.scaledIterations.count, since: start, to: benchmark)
    }
}

private func report(bytes: Int, since start: ContinuousClock.Instant, to benchmark: Benchmark) {
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    guard seconds > 0 else { return }
    benchmark.measurement(kilobytesPerSecond, Int(Double(bytes) / seconds / 1000))
}
